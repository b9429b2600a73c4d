// An agency's alerts as they happen: the Server-Sent Events stream of GET /api/v1/alerts/stream, read with fetch
// so that the token goes in the Authorization header (an EventSource could only put it in the URL). The stream
// does not replay what was raised while it was closed, so every (re)connection first reads the list again.
import { h } from './dom.js';

const RECONNECT_MS = 3000;
const MOST = 500; // GET /api/v1/alerts lists at most this many

const listeners = [];
let latest = null; // the list read at the last (re)connection, for a listener that comes later

/**
 * Follows alerts over one stream however many parts of the page listen: {@code listed(alerts)} with the list
 * ({@code list}: an agency's alerts, or the escalated alerts for an administrator) read at each (re)connection,
 * {@code changed(name, alert)} with each event ({@code alert}, {@code escalated}, {@code acknowledged}).
 */
export function followAlerts(token, listener, list = '/api/v1/alerts') {
  listeners.push(listener);
  if (latest) listener.listed(latest);
  if (listeners.length === 1) connect({ Authorization: 'Bearer ' + token }, list);
}

/**
 * Opens the stream, then reads the list: an alert raised in between waits in the stream and is applied after the
 * list. A refusal ends the following; a cut stream or a service away is tried again, as an EventSource would.
 */
async function connect(headers, path) {
  const get = path => fetch(path, { headers, cache: 'no-store' }).catch(() => null);
  const stream = await get('/api/v1/alerts/stream');
  const list = stream && stream.ok ? await get(path) : null;
  if (list && list.ok) {
    latest = (await list.json()).alerts;
    listeners.forEach(l => l.listed(latest));
    await readEvents(stream.body, (name, alert) => listeners.forEach(l => l.changed(name, alert)));
  } else if (stream && stream.ok) {
    stream.body.cancel();
  }
  const refused = [stream, list].some(r => r && !r.ok); // a token that may not read alerts
  if (!refused) setTimeout(() => connect(headers, path), RECONNECT_MS);
}

/** Parses the text/event-stream format (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
async function readEvents(body, changed) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  let event = { name: 'message', data: [] };
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ done: true })); // cut: reconnect
    if (done) return;
    buffered += value;
    const lines = buffered.split(/\r\n|\r|\n/);
    buffered = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (event.data.length) changed(event.name, JSON.parse(event.data.join('\n')));
        event = { name: 'message', data: [] };
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.name = text;
        else if (field === 'data') event.data.push(text);
      }
    }
  }
}

/**
 * The header's count of the agency's open alerts, kept by alert id so that an alert acknowledged in another tab
 * or by a colleague leaves the count too. Text, not colour alone, and announced politely as it changes.
 */
export function alertBadge(token) {
  const badge = h('span', { id: 'alert-badge', class: 'badge', role: 'status', 'aria-live': 'polite' });
  const open = new Set();
  let more = false;
  const show = () => {
    badge.textContent = more ? `${open.size} or more open alerts` : `${open.size} open alert${open.size === 1 ? '' : 's'}`;
    badge.dataset.open = String(open.size);
    badge.classList.toggle('none', open.size === 0);
  };
  followAlerts(token, {
    listed: alerts => {
      open.clear();
      alerts.filter(a => !a.acknowledgedAt).forEach(a => open.add(a.alertId));
      more = alerts.length >= MOST; // older open alerts may lie beyond the list
      show();
    },
    changed: (name, alert) => {
      if (alert.acknowledgedAt) open.delete(alert.alertId); else open.add(alert.alertId);
      show();
    },
  });
  return badge;
}
