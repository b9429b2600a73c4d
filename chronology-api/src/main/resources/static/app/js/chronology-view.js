// What the timeline and review pages share: the swimlane chart, the findings beside it, the entries as a
// keyboard-friendly table, and the details of the chosen entry (its corrections and who knew it when).
import { h, clear } from './dom.js';
import { Swimlane, entryKey, agencyOf, dateText } from './swimlane.js';

export class ChronologyView {
  constructor() {
    this.chart = new Swimlane(document.getElementById('chart'), {
      onEntry: key => this.showEntry(key, false),
      onFinding: index => this.showFinding(index),
    });
    this.findingsList = document.getElementById('findings');
    this.entriesTable = document.getElementById('entries');
    this.details = document.getElementById('details');
    document.getElementById('earlier').addEventListener('click', () => this.chart.move(-0.2));
    document.getElementById('later').addEventListener('click', () => this.chart.move(0.2));
    document.getElementById('zoom-in').addEventListener('click', () => this.chart.zoom(0.5));
    document.getElementById('zoom-out').addEventListener('click', () => this.chart.zoom(2));
    document.getElementById('zoom-fit').addEventListener('click', () => this.chart.fit());
  }

  /**
   * @param knowledge [{eventId, recordingAgency, agency, since}] or null where not read
   * @param period    {from, to} the chart opens on (a review's period), or null to fit the entries' dates
   */
  render({ entries, findings, allocations, until, knowledge, period = null }) {
    this.entries = new Map(entries.map(e => [entryKey(e), e]));
    this.findings = findings;
    this.knowledge = knowledge;
    this.chart.show(entries, findings, allocations, entries.length ? entries[0].period.from : until, until,
      period);
    this.renderFindings();
    this.renderEntries(entries);
    clear(this.details, h('p', { class: 'hint' }, 'Choose an entry on the chart or in the table to see its details.'));
  }

  renderFindings() {
    if (!this.findings.length) {
      clear(this.findingsList, h('li', {}, 'No gap rule found anything.'));
      return;
    }
    clear(this.findingsList, this.findings.map((f, i) => h('li', { class: 'finding-item', dataset: { rule: f.rule } },
      h('button', { type: 'button', class: 'link', onclick: () => this.showFinding(i) },
        `${f.rule} (${f.occurredAt})`),
      h('p', {}, f.explanation),
      h('p', { class: 'meta' }, `Agencies: ${f.agencies.join(', ') || '–'}. Evidence: ${f.evidence.join(', ')}`))));
  }

  renderEntries(entries) {
    const body = h('tbody', {}, entries.map(e => h('tr', { dataset: { key: entryKey(e), eventId: e.eventId } },
      h('td', {}, dateText(e)),
      h('td', {}, agencyOf(e)),
      h('td', {}, e.type),
      h('td', {}, e.summary, e.status !== 'current' ? h('span', { class: 'tag' }, ' ' + e.status) : null),
      h('td', {}, h('button', { type: 'button', class: 'small', 'aria-label': `Details of ${e.eventId}`,
        onclick: () => this.showEntry(entryKey(e), true) }, 'Details')))));
    clear(this.entriesTable, h('caption', {}, `Entries (${entries.length})`),
      h('thead', {}, h('tr', {}, ['When', 'Agency', 'Type', 'Summary', ''].map(t => h('th', { scope: 'col' }, t)))),
      body);
  }

  showEntry(key, fromTable) {
    const e = this.entries.get(key);
    if (!e) return;
    if (fromTable) this.chart.select(key);
    this.entriesTable.querySelectorAll('tr.selected').forEach(r => r.classList.remove('selected'));
    this.entriesTable.querySelector(`tr[data-key="${CSS.escape(key)}"]`)?.classList.add('selected');
    const when = e.precision === 'day' || e.precision === 'instant' ? e.occurredAt
      : `${e.occurredAt || 'undated'} (${e.precision} precision: ${e.period.from} to ${e.period.to})`;
    clear(this.details,
      h('h3', { id: 'details-title', tabindex: '-1' }, e.summary),
      definitions([['Event id', e.eventId], ['Type', e.type], ['When', when], ['Recorded by', e.recordingAgency],
        ['Acting agency', e.actingAgency], ['Recorded at', e.recordedAt], ['Children', (e.children || []).join(', ')],
        ['Adults', (e.adults || []).join(', ')], ['Worker', e.worker ? `${e.worker.id} (${e.worker.role})` : null],
        ['Status', e.status], ['Source', e.source]]),
      details(e.details),
      h('h4', {}, 'Corrections'), corrections(e),
      h('h4', {}, 'Who knew it when'), this.knowers(e));
    if (fromTable) document.getElementById('details-title').focus();
  }

  knowers(e) {
    if (!this.knowledge) return h('p', {}, 'Open the child\'s timeline to see who knew it when.');
    const known = this.knowledge.filter(k => k.eventId === e.eventId && k.recordingAgency === e.recordingAgency);
    if (!known.length) return h('p', {}, 'No agency is recorded as knowing it.');
    return h('ul', { id: 'knowers' }, known.map(k => h('li', {}, `${k.agency} since ${k.since}`)));
  }

  showFinding(index) {
    const f = this.findings[index];
    this.chart.highlight(f.evidence);
    const evidence = new Set(f.evidence);
    this.entriesTable.querySelectorAll('tbody tr').forEach(r => r.classList.toggle('evidence', evidence.has(r.dataset.eventId)));
    this.findingsList.querySelectorAll('li').forEach((li, i) => li.classList.toggle('selected', i === index));
    clear(this.details,
      h('h3', { id: 'details-title', tabindex: '-1' }, `Finding: ${f.rule}`),
      definitions([['When', f.occurredAt], ['Category', f.category], ['Severity', f.severity],
        ['Agencies', f.agencies.join(', ')], ['Children', (f.children || []).join(', ')]]),
      h('p', {}, f.explanation),
      h('h4', {}, 'Evidence (highlighted on the chart)'),
      h('ul', {}, f.evidence.map(id => {
        const entry = [...this.entries.values()].find(e => e.eventId === id);
        return h('li', {}, entry
          ? h('button', { type: 'button', class: 'link', onclick: () => this.showEntry(entryKey(entry), true) },
            `${id}: ${entry.summary}`)
          : `${id} (outside this view)`);
      })));
    document.getElementById('details-title').focus();
  }
}

function definitions(pairs) {
  return h('dl', {}, pairs.filter(([, v]) => v != null && v !== '').flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function details(object) {
  const keys = object ? Object.keys(object).filter(k => object[k] != null) : [];
  if (!keys.length) return null;
  return h('div', {}, h('h4', {}, 'Details'), definitions(keys.map(k =>
    [k, typeof object[k] === 'object' ? JSON.stringify(object[k]) : String(object[k])])));
}

function corrections(e) {
  if (!e.corrections || !e.corrections.length) return h('p', {}, 'None.');
  return h('ol', { id: 'corrections' }, e.corrections.map(c => h('li', {},
    `${c.recordedAt}: ${c.type === 'entry.retracted' ? 'retracted' : 'corrected'} (${c.eventId}): ${c.summary}`,
    c.reason ? ` Reason: ${c.reason}` : null,
    c.changes ? h('ul', {}, Object.keys(c.changes).filter(k => k !== 'sortKey' && k !== 'period').map(k =>
      h('li', {}, `${k}: ${show(c.previous?.[k])} → ${show(c.changes[k])}`))) : null)));
}

const show = value => value == null ? '–' : typeof value === 'object' ? JSON.stringify(value) : String(value);
