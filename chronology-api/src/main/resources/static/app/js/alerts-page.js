// The agency's alerts, newest first, kept current from the alerts stream without reloading: a new alert is added
// at the top and said in the status line; an escalation or an acknowledgement (here, in another tab or by a
// colleague) replaces its row. An administrator's page lists every agency's escalated alerts the same way, and says
// each new escalation.
import { h, clear } from './dom.js';
import { page, send, report, say } from './session.js';
import { followAlerts } from './alerts-feed.js';

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const session = page(['agency', 'admin']);
const administrator = session && session.me.role === 'admin';
if (session) start();

function start() {
  if (administrator) forAdministrators();
  followAlerts(session.token, {
    listed: answer => {
      clear(document.querySelector('#alerts tbody'), answer.alerts.map(row));
      counted();
      say(administrator
        ? `Showing ${answer.alerts.length} escalated alerts; new escalations appear here as they are made.`
        : `Showing ${answer.alerts.length} alerts; new ones appear here as they are raised.`);
    },
    changed: (name, alert) => {
      const shown = show(alert);
      if (name === 'alert' && !shown) say(`New alert: ${alert.rule} for child ${alert.childId}.`);
      if (name === 'escalated' && administrator) {
        say(`Escalated, not acknowledged: ${alert.rule} for child ${alert.childId}, of ${alert.agency}.`);
      }
    },
  }, administrator ? '/api/v1/admin/alerts/escalated' : '/api/v1/alerts');
}

/** An administrator follows escalations: every agency's, with the agency named; acknowledging is the agency's. */
function forAdministrators() {
  document.querySelector('#main h1').textContent = 'Escalated alerts';
  document.getElementById('intro').textContent = 'Alerts that nobody of their agency acknowledged in time, newest'
    + ' escalation first, as they are escalated: follow each up with the agency named. An alert names the child and'
    + ' the rule, not the record; the agency acknowledges it once someone is dealing with it.';
  document.querySelector('#alerts thead th').after(h('th', { scope: 'col' }, 'Agency'));
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
    h('td', {}, time(alert.raisedAt)),
    administrator ? h('td', {}, alert.agency) : null,
    h('td', {}, alert.rule),
    h('td', {}, alert.reason),
    // The record is the agency's to read with its own access: an administrator is given the child's id alone.
    h('td', {}, administrator ? alert.childId
      : h('a', { href: timeline }, alert.childId, h('span', { class: 'visually-hidden' }, ': timeline'))),
    h('td', {}, alert.entryId),
    h('td', { class: 'acknowledged' }, alert.acknowledgedAt ? acknowledgement(alert) : open(alert)));
}

function open(alert) {
  const escalated = alert.escalatedAt ? h('span', { class: 'tag' }, 'Escalated, not acknowledged ') : 'Open ';
  if (administrator) return [escalated, time(alert.escalatedAt)];
  return [escalated, h('button', { type: 'button', class: 'small acknowledge', onclick: () => acknowledge(alert) },
    'Acknowledge', h('span', { class: 'visually-hidden' }, ` ${alert.rule} for ${alert.childId}`))];
}

function time(at) {
  return at ? h('time', { datetime: at }, TIME.format(new Date(at))) : null;
}

function acknowledgement(alert) {
  return [`by ${alert.acknowledgedBy}, `, time(alert.acknowledgedAt)];
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
