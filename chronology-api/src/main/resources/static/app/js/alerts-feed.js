// An agency's alerts as they happen: the Server-Sent Events stream of GET /api/v1/alerts/stream, read with fetch
// so that the token goes in the Authorization header (an EventSource could only put it in the URL). The stream
// does not replay what was raised while it was closed, so every (re)connection first reads the list again.
import { h } from './dom.js';

const RECONNECT_MS = 3000;

const listeners = [];
let latest = null; // the list read at the last (re)connection, for a listener that comes later

/**
 * Follows alerts over one stream however many parts of the page listen: {@code listed(answer)} with the list
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
    latest = await list.json();
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
 * The header's count of the agency's open alerts: the service's count (the list holds only the newest 500), kept
 * current from the stream by alert id, so that an alert acknowledged in another tab or by a colleague leaves the
 * count too. Text, not colour alone, and announced politely as it changes.
 */
export function alertBadge(token) {
  const badge = h('span', { id: 'alert-badge', class: 'badge', role: 'status', 'aria-live': 'polite' });
  let open = 0;
  const acknowledged = new Map(); // by alert id, whether it is acknowledged, as far as the list and stream tell
  const show = () => {
    badge.textContent = `${open} open alert${open === 1 ? '' : 's'}`;
    badge.dataset.open = String(open);
    badge.classList.toggle('none', open === 0);
  };
  const listed = answer => {
    open = answer.open;
    acknowledged.clear();
    answer.alerts.forEach(a => acknowledged.set(a.alertId, a.acknowledgedAt != null));
    show();
  };
  followAlerts(token, {
    listed,
    changed: (name, alert) => {
      const known = acknowledged.get(alert.alertId);
      if (name === 'acknowledged' && known === undefined) {
        // An alert older than the list: it may have been acknowledged before the count was taken.
        fetch('/api/v1/alerts', { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' })
          .then(r => r.ok ? r.json() : null).then(answer => answer && listed(answer), () => {});
        return;
      }
      if (name === 'alert' && known === undefined) open++;
      if (name === 'acknowledged' && known === false) open--;
      acknowledged.set(alert.alertId, alert.acknowledgedAt != null);
      show();
    },
  });
  return badge;
}
