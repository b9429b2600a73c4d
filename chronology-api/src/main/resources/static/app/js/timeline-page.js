// A child's timeline for a reviewer (the review's children, within its period) or an agency (children it has
// recorded for): filters, the "as known to agency X on date D" view in place, findings and exports.
import { h, options } from './dom.js';
import { page, api, download, report, say } from './session.js';
import { ChronologyView } from './chronology-view.js';

const session = page(['reviewer', 'agency']);
if (session) start(session.me);

async function start(me) {
  const form = document.getElementById('filters');
  const review = me.review;
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (review) {
    options(form.elements.child, review.children.map(c => [c, c]), review.children.includes(wanted) ? wanted : review.children[0]);
    form.elements.from.min = form.elements.to.min = review.from;
    form.elements.from.max = form.elements.to.max = review.to;
  } else {
    // An agency names the child; the service answers only for children it has recorded for.
    form.elements.child.hidden = true;
    form.elements.child.disabled = true;
    form.elements.childId.hidden = false;
    document.querySelector('label[for="child"]').htmlFor = 'child-id';
    form.elements.childId.value = wanted;
  }
  // What an agency knew by a date: records count from when they were recorded, so the default is today.
  form.elements.asOf.value = new Date().toISOString().slice(0, 10);
  const [agencies, types] = await Promise.all([api('/api/v1/agencies'), api('/api/v1/event-types')]);
  const codes = agencies.map(a => a.code).sort();
  options(form.elements.agency, [['', 'All agencies'], ...codes.map(c => [c, c])], '');
  options(form.elements.type, [['', 'All types'], ...types.map(t => [t.type, t.type])], '');
  options(form.elements.knownTo, codes.map(c => [c, c]), me.agency || codes[0]);

  const view = new ChronologyView();
  form.addEventListener('submit', event => {
    event.preventDefault();
    load(form, view, review);
  });
  form.elements.knownTo.addEventListener('change', () => form.elements.view.value = 'known');
  form.elements.asOf.addEventListener('change', () => form.elements.view.value = 'known');
  form.querySelectorAll('input[name="view"]').forEach(r => r.addEventListener('change', () => load(form, view, review)));
  document.querySelectorAll('[data-export]').forEach(button => button.addEventListener('click', async () => {
    try {
      say('Preparing the download…');
      say(await download(`/api/v1/children/${encodeURIComponent(childOf(form))}/export.${button.dataset.export}`)
        + ' downloaded.');
    } catch (e) {
      report(e);
    }
  }));
  if (childOf(form)) load(form, view, review);
}

let latest = 0; // a load that a later one overtook is dropped, so the page shows what was asked last

const childOf = form => form.elements.child.disabled ? form.elements.childId.value.trim() : form.elements.child.value;

async function load(form, view, review) {
  const child = childOf(form);
  if (!child) return;
  history.replaceState(null, '', '#' + encodeURIComponent(child));
  const f = form.elements;
  const known = f.view.value === 'known';
  const query = new URLSearchParams();
  if (f.agency.value) query.append('agency', f.agency.value);
  if (f.type.value) query.append('type', f.type.value);
  if (f.from.value) query.set('from', f.from.value);
  if (f.to.value) query.set('to', f.to.value);
  if (known) {
    query.set('knownTo', f.knownTo.value);
    query.set('asOf', f.asOf.value);
  }
  const base = `/api/v1/children/${encodeURIComponent(child)}`;
  say('Loading…');
  const mine = ++latest;
  try {
    const [timeline, gaps, knowledge] = await Promise.all([
      api(`${base}/timeline?${query}`),
      api(`${base}/gaps` + (known ? `?asOf=${f.asOf.value}` : '')),
      api(`${base}/knowledge`)]);
    // Social workers always have a lane (turnover at a glance, whatever the filters); other roles when shown.
    const roles = [...new Set(['SOCIAL_WORKER', ...timeline.entries
      .filter(e => e.type === 'worker.allocated' && e.worker).map(e => e.worker.role)])];
    const turnovers = await Promise.all(roles.map(role => api(`${base}/turnover?role=${role}`)));
    if (mine !== latest) return;
    const until = review ? review.to : new Date().toISOString().slice(0, 10);
    // The chart opens on the period asked for, or a reviewer's review period, else on the entries' dates.
    const from = f.from.value || review?.from;
    const to = f.to.value || review?.to;
    view.render({
      entries: timeline.entries, findings: gaps.findings, knowledge: knowledge.known, until,
      period: from && to ? { from, to } : null,
      allocations: turnovers.map(t => ({
        lane: `${t.role.replace('_', ' ').toLowerCase()}s: ${t.distinctWorkers} (${t.changes} changes)`,
        allocations: t.allocations })),
    });
    document.getElementById('title').textContent = `Timeline of ${child}`;
    document.getElementById('view-label').textContent = known
      ? `As known to ${f.knownTo.value} on ${f.asOf.value}: ${timeline.count} entries, as they stood then.`
      : `Current view: ${timeline.count} entries, with corrections applied.`;
    say(`Showing ${timeline.count} entries and ${gaps.findings.length} findings.`);
  } catch (e) {
    if (mine !== latest) return;
    view.render({ entries: [], findings: [], knowledge: [], allocations: [], until: null });
    report(e);
  }
}
