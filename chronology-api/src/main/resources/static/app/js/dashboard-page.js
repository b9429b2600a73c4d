// Aggregate figures for safeguarding leads: counts only, never a person. Polls the dashboard endpoints so the
// charts follow new events as the service re-evaluates findings in the background.
import { h, clear, options } from './dom.js';
import { page, api, report, say } from './session.js';

const REFRESH_MS = 10000;
// Counts resting on one to four children come suppressed (null), as official statistics publish them.
const SUPPRESSED = 'fewer than 5';
const session = page(['dashboard']);
if (session) start();

async function start() {
  const form = document.getElementById('period');
  const [rules, agencies] = await Promise.all([api('/api/v1/rules'), api('/api/v1/agencies')]);
  options(form.elements.rule, [['', 'All rules'], ...rules.map(r => [r.name, r.name])], '');
  options(form.elements.agency, [['', 'All agencies'], ...agencies.map(a => [a.code, a.code]).sort()], '');
  const charts = {
    byRule: chart('by-rule', 'bar', 'Findings', { indexAxis: 'y' }),
    byAgency: chart('by-agency', 'bar', 'Findings'),
    byMonth: chart('by-month', 'line', 'Findings'),
    missed: chart('missed', 'line', 'Missed appointments'),
    turnover: chart('turnover', 'bar', 'Children'),
    alertsByRule: chart('alerts-by-rule', 'bar', 'Alerts', { indexAxis: 'y' }),
    alertsByWait: chart('alerts-by-wait', 'bar', 'Alerts'),
  };
  const refresh = () => load(form, charts);
  form.addEventListener('submit', event => {
    event.preventDefault();
    refresh();
  });
  let timer = setInterval(refresh, REFRESH_MS);
  document.getElementById('live').addEventListener('change', event => {
    clearInterval(timer);
    if (event.target.checked) timer = setInterval(refresh, REFRESH_MS);
  });
  refresh();
}

function chart(id, type, label, extra = {}) {
  const counts = { beginAtZero: true, ticks: { precision: 0 } };
  const labels = { ticks: { autoSkip: false } };
  return new Chart(document.getElementById(id), {
    type,
    data: { labels: [], datasets: [{ label, data: [], backgroundColor: '#1d70b8', borderColor: '#0b4f8a' }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } },
      scales: extra.indexAxis === 'y' ? { x: counts, y: labels } : { x: labels, y: counts }, ...extra },
  });
}

/**
 * Counts by month with every month of the period present: a month with none is a zero, not a missing tick. The
 * period is the one asked for, else from the first month counted to the last.
 */
function everyMonth(response) {
  const counted = new Map(response.counts.map(c => [c.key, c.count]));
  const keys = [...counted.keys()].sort();
  const first = (response.from || keys[0] || '').slice(0, 7);
  const last = (response.to || keys[keys.length - 1] || '').slice(0, 7);
  const pairs = [];
  for (let month = first; month && month <= last; month = nextMonth(month)) {
    pairs.push([month, counted.has(month) ? counted.get(month) : 0]);
  }
  return pairs;
}

function nextMonth(month) {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

async function load(form, charts) {
  const period = new URLSearchParams();
  if (form.elements.from.value) period.set('from', form.elements.from.value);
  if (form.elements.to.value) period.set('to', form.elements.to.value);
  const byMonth = new URLSearchParams(period);
  if (form.elements.rule.value) byMonth.set('rule', form.elements.rule.value);
  if (form.elements.agency.value) byMonth.set('agency', form.elements.agency.value);
  try {
    const [totals, byRule, byAgency, months, missed, turnover, alertsByRule, alertsByWait] = await Promise.all([
      api('/api/v1/dashboard/summary'),
      api(`/api/v1/dashboard/findings/by-rule?${period}`),
      api(`/api/v1/dashboard/findings/by-agency?${period}`),
      api(`/api/v1/dashboard/findings/by-month?${byMonth}`),
      api(`/api/v1/dashboard/missed-appointments/by-month?${period}`),
      api('/api/v1/dashboard/turnover?role=SOCIAL_WORKER'),
      api(`/api/v1/dashboard/alerts/by-rule?${period}`),
      api(`/api/v1/dashboard/alerts/by-time-to-acknowledge?${period}`)]);
    clear(document.getElementById('totals'), [['Children', totals.children], ['Entries', totals.entries],
      ['Findings', totals.findings], ['Agencies', totals.agencies]].flatMap(([k, v]) =>
      [h('dt', {}, k), h('dd', { dataset: { total: k.toLowerCase() } }, v ?? SUPPRESSED)]));
    const series = {
      byRule: byRule.counts.map(c => [c.key, c.count]),
      byAgency: byAgency.counts.map(c => [c.key, c.count]),
      byMonth: everyMonth(months),
      missed: everyMonth(missed),
      turnover: turnover.distribution.map(b => [String(b.distinctWorkers), b.children]),
      alertsByRule: alertsByRule.counts.map(c => [c.key, c.count]),
      alertsByWait: alertsByWait.counts.map(c => [c.key, c.count]),
    };
    for (const [name, pairs] of Object.entries(series)) {
      charts[name].data.labels = pairs.map(p => p[0]);
      charts[name].data.datasets[0].data = pairs.map(p => p[1]);
    }
    // Every month keeps its tick while they fit; beyond two years the axis labels every few.
    [charts.byMonth, charts.missed].forEach(c => c.options.scales.x.ticks.autoSkip = c.data.labels.length > 24);
    // One bar per rule, each tall enough for its name (set through the CSSOM, which the CSP allows).
    charts.byRule.canvas.parentElement.style.height = `${Math.max(16, 4 + 1.5 * series.byRule.length)}rem`;
    Object.values(charts).forEach(c => c.update('none'));
    tables(series);
    // An empty bar would otherwise read as none: say why a suppressed count is not drawn.
    const hidden = Object.values(series).flat().filter(([, v]) => v === null).length;
    say(`Updated at ${new Date().toLocaleTimeString('en-GB')}.` + (hidden === 0 ? ''
      : ` ${hidden} figures rest on fewer than 5 children and are not drawn; the tables below list them.`));
  } catch (e) {
    report(e);
  }
}

/** The same figures as text, for screen readers and for copying. */
function tables(series) {
  const captions = { byRule: ['Rule', 'Findings'], byAgency: ['Agency', 'Findings'], byMonth: ['Month', 'Findings'],
    missed: ['Month', 'Missed appointments'], turnover: ['Social workers', 'Children'],
    alertsByRule: ['Rule', 'Alerts'], alertsByWait: ['Time to acknowledge', 'Alerts'] };
  clear(document.getElementById('tables'), Object.entries(series).map(([name, pairs]) => h('table', { id: 'table-' + name },
    h('caption', {}, `${captions[name][1]} by ${captions[name][0].toLowerCase()}`),
    h('thead', {}, h('tr', {}, captions[name].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, pairs.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v ?? SUPPRESSED)))))));
}
