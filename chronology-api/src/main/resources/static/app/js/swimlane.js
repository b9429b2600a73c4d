// The chronology as a swimlane chart (vis-timeline): one lane per agency, lanes of worker allocations and a
// lane of gap findings, along a time axis that zooms from decades to days. A day-dated entry is a point; an
// imprecise one is drawn over the whole period its date allows (a month-precision entry covers its month).
import { h } from './dom.js';

const DAY = 24 * 60 * 60 * 1000;
const POINT_PRECISIONS = new Set(['day', 'instant']);

export const entryKey = entry => `${entry.recordingAgency}:${entry.eventId}`;
export const agencyOf = entry => entry.actingAgency || entry.recordingAgency;
const dayAfter = date => new Date(Date.parse(date + 'T00:00:00Z') + DAY);
const start = date => new Date(Date.parse(date.length === 10 ? date + 'T00:00:00Z' : date));

export class Swimlane {
  /** @param handlers {onEntry(key), onFinding(index)} called when an item is chosen on the chart */
  constructor(container, handlers) {
    this.items = new vis.DataSet();
    this.groups = new vis.DataSet();
    this.timeline = new vis.Timeline(container, this.items, this.groups, {
      stack: true,
      zoomMin: DAY,
      zoomMax: 40 * 365 * DAY,
      orientation: { axis: 'both', item: 'top' },
      groupOrder: 'order',
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      margin: { item: { horizontal: 0, vertical: 3 } },
      template: item => h('span', { class: 'item-label', dataset: item.dataset }, item.label),
    });
    this.timeline.on('select', ({ items }) => {
      const id = items[0];
      if (!id) return;
      if (id.startsWith('e:')) handlers.onEntry(id.slice(2));
      else if (id.startsWith('f:')) handlers.onFinding(Number(id.slice(2)));
    });
  }

  /**
   * @param entries     timeline entries
   * @param findings    gap findings
   * @param allocations [{lane, allocations: [{workerId, from, to}]}]: one lane per role (and child)
   * @param since       where allocations whose start was not recorded begin on the chart
   * @param until       where open allocations end on the chart
   */
  show(entries, findings, allocations, since, until) {
    const agencies = [...new Set(entries.map(agencyOf))];
    const groups = [];
    allocations.forEach((lane, i) => groups.push({ id: 'a:' + i, order: i, content: h('span', {}, lane.lane),
      className: 'lane-allocation' }));
    groups.push({ id: 'findings', order: 100, content: h('span', {}, 'Findings'), className: 'lane-findings' });
    agencies.forEach((agency, i) => groups.push({ id: 'g:' + agency, order: 200 + i, content: h('span', {}, agency) }));

    const items = [];
    for (const entry of entries) {
      const point = POINT_PRECISIONS.has(entry.precision);
      items.push({
        id: 'e:' + entryKey(entry), group: 'g:' + agencyOf(entry),
        start: point ? start(entry.occurredAt) : start(entry.period.from),
        end: point ? undefined : dayAfter(entry.period.to),
        type: point ? 'box' : 'range',
        label: entry.summary.length > 48 ? entry.summary.slice(0, 47) + '…' : entry.summary,
        dataset: { eventId: entry.eventId, agency: entry.recordingAgency },
        className: ['entry', point ? 'precise' : 'imprecise', 'status-' + entry.status].join(' '),
      });
    }
    findings.forEach((finding, i) => items.push({
      id: 'f:' + i, group: 'findings', start: start(finding.date), type: 'box', label: finding.rule,
      dataset: { finding: String(i) }, className: 'finding severity-' + String(finding.severity).toLowerCase(),
    }));
    allocations.forEach((lane, i) => lane.allocations.forEach((a, j) => items.push({
      id: `a:${i}:${j}`, group: 'a:' + i, start: start(a.start || since), end: dayAfter(a.end || until),
      type: 'range', label: a.workerId, dataset: { worker: a.workerId }, className: 'allocation', selectable: false,
    })));
    this.groups.clear();
    this.groups.add(groups);
    this.items.clear();
    this.items.add(items);
    if (items.length) this.timeline.fit({ animation: false });
  }

  /** Marks the evidence of a finding on the chart and brings it into view. */
  highlight(eventIds) {
    const wanted = new Set(eventIds);
    const updates = this.items.get({ filter: item => item.id.startsWith('e:') }).map(item => ({
      id: item.id,
      className: item.className.replace(/ evidence/g, '') + (wanted.has(item.dataset.eventId) ? ' evidence' : ''),
    }));
    this.items.update(updates);
    this.reveal(updates.filter(u => u.className.endsWith(' evidence')).map(u => u.id));
  }

  select(key) {
    this.timeline.setSelection(['e:' + key]);
    this.reveal(['e:' + key]);
  }

  /** Moves the time axis to show these items, with a margin, keeping the zoom unless they do not fit. */
  reveal(ids) {
    const items = this.items.get(ids).filter(Boolean);
    if (!items.length) return;
    const from = Math.min(...items.map(i => i.start.getTime()));
    const to = Math.max(...items.map(i => (i.end || i.start).getTime()));
    const window = this.timeline.getWindow();
    const width = Math.max(window.end - window.start, (to - from) * 1.2, 30 * DAY);
    const middle = (from + to) / 2;
    this.timeline.setWindow(middle - width / 2, middle + width / 2, { animation: false });
  }

  zoom(factor) {
    if (factor > 1) this.timeline.zoomOut(factor - 1, { animation: false });
    else this.timeline.zoomIn(1 - factor, { animation: false });
  }

  fit() {
    this.timeline.fit({ animation: false });
  }
}
