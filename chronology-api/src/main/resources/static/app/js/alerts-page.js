// The agency's alerts, newest first, kept current from the alerts stream without reloading: a new alert is added
// at the top and said in the status line; an acknowledgement (here, in another tab or by a colleague) replaces its
// row with who acknowledged it and when.
import { h, clear } from './dom.js';
import { page, send, report, say } from './session.js';
import { followAlerts } from './alerts-feed.js';

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const session = page(['agency']);
if (session) start();

function start() {
  followAlerts(session.token, {
    listed: alerts => {
      clear(document.querySelector('#alerts tbody'), alerts.map(row));
      counted();
      say(`Showing ${alerts.length} alerts; new ones appear here as they are raised.`);
    },
    changed: (name, alert) => {
      if (!show(alert) && name === 'alert') say(`New alert: ${alert.rule} for child ${alert.childId}.`);
    },
  });
}

/** Replaces the alert's row, or adds it at the top; says whether it was shown already. */
function show(alert) {
  const shown = document.getElementById('alert-' + alert.alertId);
  if (shown) shown.replaceWith(row(alert)); else document.querySelector('#alerts tbody').prepend(row(alert));
  counted();
  return shown != null;
}

function counted() {
  const rows = document.querySelectorAll('#alerts tbody tr');
  const open = document.querySelectorAll('#alerts tbody tr[data-open]');
  document.querySelector('#alerts caption').textContent = `${rows.length} alerts, ${open.length} open`;
}

function row(alert) {
  const timeline = `timeline.html#${encodeURIComponent(alert.childId)}`;
  return h('tr', { id: 'alert-' + alert.alertId, dataset: alert.acknowledgedAt ? {} : { open: '' } },
    h('td', {}, h('time', { datetime: alert.raisedAt }, TIME.format(new Date(alert.raisedAt)))),
    h('td', {}, alert.rule),
    h('td', {}, alert.reason),
    h('td', {}, h('a', { href: timeline }, alert.childId, h('span', { class: 'visually-hidden' }, ': timeline'))),
    h('td', {}, alert.entryId),
    h('td', { class: 'acknowledged' }, alert.acknowledgedAt ? acknowledgement(alert) : [
      alert.escalatedAt ? h('span', { class: 'tag' }, 'Escalated, not acknowledged ') : 'Open ',
      h('button', { type: 'button', class: 'small acknowledge', onclick: () => acknowledge(alert) }, 'Acknowledge',
        h('span', { class: 'visually-hidden' }, ` ${alert.rule} for ${alert.childId}`))]));
}

function acknowledgement(alert) {
  return [`by ${alert.acknowledgedBy}, `,
    h('time', { datetime: alert.acknowledgedAt }, TIME.format(new Date(alert.acknowledgedAt)))];
}

async function acknowledge(alert) {
  try {
    const done = await send('POST', `/api/v1/alerts/${encodeURIComponent(alert.alertId)}/acknowledge`);
    show(done);
    document.querySelector(`[id="alert-${done.alertId}"] a`).focus(); // the button is gone: its row's link
    say(`Acknowledged ${alert.rule} for child ${alert.childId}, by ${done.acknowledgedBy}.`);
  } catch (e) {
    report(e);
  }
}
