// Long background work as an administrator watches it: each projection's way through the event store (a replay,
// or catching up after a bulk load or an import) and the findings judged again after it, with about how long
// each has left. Polled every few seconds while anything runs, and now and then otherwise.
import { h, clear } from './dom.js';
import { api, report } from './session.js';

const RUNNING_MS = 1000; // a findings refresh of thousands of children may take only a few seconds
const QUIET_MS = 15000;

export async function watchProgress(table, findingsLine) {
  let running = false;
  try {
    const [projections, findings] = await Promise.all([api('/api/v1/admin/projections'), api('/api/v1/admin/findings')]);
    running = !findings.upToDate || projections.some(p => !p.caughtUp);
    clear(table,
      h('thead', {}, h('tr', {}, ['Projection', 'Caught up', 'Replaying', 'Progress', 'Time left']
        .map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, projections.map(p => h('tr', { dataset: { projection: p.name } },
        h('td', {}, p.name), h('td', {}, yesNo(p.caughtUp)), h('td', {}, yesNo(p.replaying)),
        h('td', {}, bar(`${p.name} progress`, p.processed, p.total), ` ${amount(p.processed, p.total)} events`),
        h('td', {}, left(p.etaSeconds))))));
    clear(findingsLine, findingsView(findings));
  } catch (e) {
    report(e);
  }
  setTimeout(() => watchProgress(table, findingsLine), running ? RUNNING_MS : QUIET_MS);
}

// The refresher waits for the timeline: until it has caught up, there is nothing judged to count yet.
function findingsView(findings) {
  if (findings.upToDate) return 'Findings: up to date.';
  if (!findings.timelineCaughtUp) {
    return `Findings: judged again once the timeline has caught up (${findings.pendingMarks.toLocaleString('en-GB')} changes waiting).`;
  }
  const judged = amount(findings.processed, findings.total);
  return [bar('findings progress', findings.processed, findings.total),
    ` Findings being judged again: ${judged} changes, ${left(findings.etaSeconds)}.`];
}

const yesNo = value => value ? 'yes' : 'no';
const percent = (done, total) => total ? Math.floor(100 * done / total) : 100;
const amount = (done, total) =>
  `${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} (${percent(done, total)}%)`;
const bar = (label, done, total) => h('progress', { value: done, max: total || 1, 'aria-label': label });

function left(seconds) {
  if (seconds == null) return '–';
  return seconds < 120 ? `about ${seconds} s` : `about ${Math.ceil(seconds / 60)} min`;
}
