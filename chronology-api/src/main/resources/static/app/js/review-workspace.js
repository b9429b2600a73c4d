// The reviewer's workspace on the review page: the review's rows (one per happening, with every agency's entry
// that records it), notes on an entry, a finding or a period, splitting a wrong merge and joining rows, and a
// verdict on each finding. All of it is the reviewer's own, kept apart from the agencies' records and shown with
// the reviewer's name; the service keeps it from agencies and dashboards.
import { h, clear } from './dom.js';
import { send, ApiError } from './session.js';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const keyOf = entry => `${entry.recordingAgency}:${entry.eventId}`;
const agencyOf = entry => entry.actingAgency || entry.recordingAgency;

export class Workspace {
  /** {@code base}: the review's API path; {@code changed(message)} reloads the review and says what was done. */
  constructor(base, changed) {
    this.base = base;
    this.changed = changed;
    this.rows = document.getElementById('review-rows');
    this.triage = document.getElementById('triage');
    this.noteTarget = null;
    document.getElementById('note-form').addEventListener('submit', e => this.saveNote(e));
    document.getElementById('period-note-form').addEventListener('submit', e => this.savePeriodNote(e));
    document.getElementById('own-finding-form').addEventListener('submit', e => this.saveOwnFinding(e));
    document.getElementById('join').addEventListener('click', () => this.join());
  }

  render(chronology) {
    this.entries = new Map(chronology.entries.map(e => [keyOf(e), e]));
    this.workspace = chronology.workspace;
    this.renderRows(chronology.rows);
    this.renderTriage(chronology.findings);
    this.renderApart();
  }

  renderRows(rows) {
    let previous = null;
    clear(this.rows, h('caption', {}, 'One row per happening: each agency\'s entry recording it is a source.'),
      h('thead', {}, h('tr', {}, ['Month', 'Action (sources)', 'Agency', 'Reviewer\'s notes', 'Select']
        .map(text => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, rows.map((row, i) => {
        const sources = row.sources.map(key => this.entries.get(key));
        const month = MONTH.format(new Date(sources[0].period.from));
        const cell = month === previous ? '' : month;
        previous = month;
        return h('tr', { class: 'review-row', dataset: { sources: row.sources.join(' ') } },
          h('td', {}, cell),
          h('td', {}, h('ul', { class: 'sources' }, sources.map(entry => this.source(entry, row.sources.length > 1)))),
          h('td', {}, [...new Set(sources.map(agencyOf))].join(', ')),
          h('td', { class: 'remarks' }, h('ul', {}, row.sources.flatMap(key => this.notesOn('entry', key)),
            this.ownFindingsCiting(row.sources))),
          h('td', {}, h('input', { type: 'checkbox', class: 'join-row', 'aria-label': `Select row ${i + 1}`,
            value: row.sources[0], dataset: { sources: row.sources.join(' ') } })));
      })));
  }

  source(entry, merged) {
    const key = keyOf(entry);
    return h('li', { class: 'source', dataset: { entry: key } },
      h('span', {}, `${entry.summary} [${entry.eventId}] (${entry.recordingAgency}) `),
      h('button', { type: 'button', class: 'note', dataset: { entry: key },
        onclick: () => this.target('entry', key, `entry ${entry.eventId} of ${entry.recordingAgency}`) }, 'Note'),
      merged ? h('button', { type: 'button', class: 'split', dataset: { entry: key },
        onclick: () => this.write('rows/split', { entry: key }, `Entry ${entry.eventId} now stands on its own row.`) },
      'Split out') : null);
  }

  notesOn(on, ref) {
    return this.workspace.notes.filter(n => n.on === on && n.ref === ref)
      .map(n => h('li', { class: 'note-item' }, `${n.author}: ${n.text}`));
  }

  ownFindingsCiting(sources) {
    return this.workspace.findings.filter(f => f.entries.some(key => sources.includes(key)))
      .map(f => h('li', { class: 'own-finding-item' }, `${f.author}'s finding: ${f.text}`));
  }

  renderTriage(findings) {
    if (!findings.length) {
      clear(this.triage, h('li', {}, 'No finding to triage.'));
      return;
    }
    clear(this.triage, findings.map(f => {
      const verdict = this.workspace.triage[f.key];
      const id = `verdict-${f.key}`;
      return h('li', { class: 'triage-item', dataset: { key: f.key, rule: f.rule } },
        h('p', {}, h('strong', {}, f.rule), ` (${f.occurredAt}): ${f.explanation}`),
        h('p', { class: 'verdict' }, verdict ? `${verdict.verdict} by ${verdict.author}`
          + (verdict.reason ? `: ${verdict.reason}` : '') : 'Not triaged.'),
        h('ul', {}, this.notesOn('finding', f.key)),
        h('label', { for: id }, 'Verdict'),
        h('select', { id, class: 'verdict-choice' }, h('option', { value: 'confirmed' }, 'Confirmed'),
          h('option', { value: 'dismissed' }, 'Dismissed')),
        h('label', { for: `reason-${f.key}` }, 'Reason (required to dismiss)'),
        h('input', { id: `reason-${f.key}`, class: 'reason', type: 'text', maxlength: 2000 }),
        h('button', { type: 'button', class: 'save-verdict', onclick: () => this.saveVerdict(f) }, 'Save verdict'),
        h('button', { type: 'button', class: 'note',
          onclick: () => this.target('finding', f.key, `finding ${f.rule} of ${f.occurredAt}`) }, 'Note'));
    }));
  }

  renderApart() {
    const notes = this.workspace.notes.filter(n => n.on === 'period')
      .map(n => h('li', { class: 'note-item' }, `${n.from} to ${n.to}, ${n.author}: ${n.text}`));
    clear(document.getElementById('period-notes'), notes.length ? notes : h('li', {}, 'No note on a period yet.'));
    const own = this.workspace.findings.map(f => h('li', { class: 'own-finding-item' },
      `${f.on}, ${f.pattern.replaceAll('_', ' ')}, ${f.author}: ${f.text}`
      + (f.entries.length ? ` (cites ${f.entries.join(', ')})` : '')));
    clear(document.getElementById('own-findings'), own.length ? own : h('li', {}, 'No finding of your own yet.'));
  }

  target(on, ref, label) {
    this.noteTarget = { on, ref };
    document.getElementById('note-target').textContent = `Note on ${label}`;
    document.getElementById('note-text').focus();
  }

  async saveNote(event) {
    event.preventDefault();
    if (!this.noteTarget) {
      this.changed(null, new ApiError(400, 'Choose an entry or a finding to note first (its Note button).'));
      return;
    }
    const text = document.getElementById('note-text');
    await this.write('notes', { ...this.noteTarget, text: text.value }, 'Note saved.', () => { text.value = ''; });
  }

  async savePeriodNote(event) {
    event.preventDefault();
    const value = id => document.getElementById(id).value;
    await this.write('notes', { on: 'period', from: value('period-from'), to: value('period-to'),
      text: value('period-text') }, 'Note on the period saved.');
  }

  /** A finding of the reviewer's own, citing every entry of the rows selected in the review table. */
  async saveOwnFinding(event) {
    event.preventDefault();
    const value = id => document.getElementById(id).value;
    const entries = [...this.rows.querySelectorAll('.join-row:checked')].flatMap(box => box.dataset.sources.split(' '));
    await this.write('findings', { pattern: value('own-pattern'), on: value('own-on'), entries,
      text: value('own-text') }, 'Your finding saved.');
  }

  async saveVerdict(finding) {
    const item = this.triage.querySelector(`[data-key="${finding.key}"]`);
    const verdict = item.querySelector('.verdict-choice').value;
    const reason = item.querySelector('.reason').value.trim();
    const body = reason ? { verdict, reason } : { verdict };
    await this.write(`findings/${finding.key}/triage`, body, `${finding.rule}: ${verdict}.`, null, 'PUT');
  }

  async join() {
    const entries = [...this.rows.querySelectorAll('.join-row:checked')].map(box => box.value);
    await this.write('rows/join', { entries }, 'Rows joined.');
  }

  async write(path, body, done, after = null, method = 'POST') {
    try {
      await send(method, `${this.base}/${path}`, body);
      if (after) after();
      await this.changed(done);
    } catch (e) {
      this.changed(null, e);
    }
  }
}
