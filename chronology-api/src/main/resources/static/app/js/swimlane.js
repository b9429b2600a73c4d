// The chronology as a swimlane chart (vis-timeline): one lane per agency, lanes of worker allocations and a
// lane of gap findings, along a time axis that zooms from decades to days. A day-dated entry is a point; an
// imprecise one is drawn over the whole period its date allows (a month-precision entry covers its month); one
// with an open bound ("on or after") runs off the chart on that side. The axis opens on the review period, or
// else on what is known of the dates: an open bound would stretch it to 1900 or to today.
import { h } from './dom.js';

const DAY = 24 * 60 * 60 * 1000;
const POINT_PRECISIONS = new Set(['day', 'instant']);
const EARLIEST = '1900-01-01'; // the earliest date the service accepts: where "on or before" begins
const MIN_WINDOW = 21 * DAY; // a case of a few days opens on three weeks, its days on the axis
const BOX_PADDING = 14; // a box's padding and border, both sides
const measure = document.createElement('canvas').getContext('2d');

const STEP = 0.2; // of the axis's width, per arrow key
const KEYS = {
  ArrowLeft: chart => chart.move(-STEP), ArrowRight: chart => chart.move(STEP),
  '+': chart => chart.zoom(0.5), '=': chart => chart.zoom(0.5), '-': chart => chart.zoom(2),
  '0': chart => chart.fit(), Home: chart => chart.fit(),
};

export const entryKey = entry => `${entry.recordingAgency}:${entry.eventId}`;
export const agencyOf = entry => entry.actingAgency || entry.recordingAgency;
const dayAfter = date => new Date(Date.parse(date + 'T00:00:00Z') + DAY);
const start = date => new Date(Date.parse(date.length === 10 ? date + 'T00:00:00Z' : date));
const openStart = entry => entry.precision === 'unknown' && !entry.occurredNotBefore;
const openEnd = entry => entry.precision === 'unknown' && !entry.occurredNotAfter;

/** An entry's date as its agency gave it: the date, a range, or an open bound. */
export function dateText(entry) {
  if (entry.occurredAt) return entry.occurredAt;
  if (openStart(entry)) return `on or before ${entry.occurredNotAfter}`;
  if (openEnd(entry)) return `on or after ${entry.occurredNotBefore}`;
  return `between ${entry.occurredNotBefore} and ${entry.occurredNotAfter}`;
}

/**
 * The time window the chart opens on: {from, to} (dates) if given, else every known bound of the entries' dates
 * (an open bound left out), with a margin so that points at the edges keep their labels; null with no entries.
 */
export function windowOf(entries, period) {
  const bounds = period ? [start(period.from).getTime(), dayAfter(period.to).getTime()]
    : entries.flatMap(e => [openStart(e) ? null : start(e.period.from).getTime(),
      openEnd(e) ? null : dayAfter(e.period.to).getTime()]).filter(t => t != null);
  if (!bounds.length) return null;
  let from = Math.min(...bounds);
  let to = Math.max(...bounds);
  const margin = Math.max((to - from) * 0.04, (MIN_WINDOW - (to - from)) / 2, 2 * DAY);
  return { start: new Date(from - margin), end: new Date(to + margin) };
}

/**
 * Widens a window until every box (a label centred on its date: {at, width} in ms and px) fits inside an axis
 * {@code pixels} wide: a date at the window's edge would otherwise show half its label.
 */
export function fitBoxes(window, boxes, pixels) {
  let from = window.start.getTime();
  let to = window.end.getTime();
  for (let round = 0; round < 5; round++) {
    const perPixel = (to - from) / pixels;
    const left = Math.min(from, ...boxes.map(b => b.at - (b.width / 2) * perPixel));
    const right = Math.max(to, ...boxes.map(b => b.at + (b.width / 2) * perPixel));
    if (left === from && right === to) break;
    [from, to] = [left, right];
  }
  return { start: new Date(from), end: new Date(to) };
}

export class Swimlane {
  /** @param handlers {onEntry(key), onFinding(index)} called when an item is chosen on the chart */
  constructor(container, handlers) {
    this.container = container;
    // A picture to a screen reader, which reads the same entries in the table under it; focusable, so that the keys
    // move and zoom its time axis (the buttons above it do the same with a pointer or the keyboard).
    container.setAttribute('role', 'img');
    container.setAttribute('aria-roledescription', 'chart');
    container.setAttribute('aria-label', 'Chart of the entries by agency over time; the table of entries below'
      + ' holds the same. Left and right arrows move the time axis, plus and minus zoom, 0 shows all.');
    container.tabIndex = 0;
    container.addEventListener('keydown', event => {
      const action = KEYS[event.key];
      if (!action || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      action(this);
    });
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
    this.timeline.on('rangechanged', () => this.noteWindow());
    // The lanes' labels take their width from the axis only once drawn: the boxes are fitted then, and again
    // whenever the axis changes width.
    this.timeline.on('changed', () => {
      this.fitBoxes();
      this.hideCutAxisLabels();
      this.hideCutBarLabels();
    });
  }

  /** Puts the axis's range on the chart's element (data-window-start, data-window-end): what the axis shows. */
  noteWindow() {
    if (!this.fitted) return; // not yet fitted to the axis: the window is still moving
    const { start: from, end: to } = this.timeline.getWindow();
    this.container.dataset.windowStart = from.toISOString();
    this.container.dataset.windowEnd = to.toISOString();
  }

  /**
   * @param entries     timeline entries
   * @param findings    gap findings
   * @param allocations [{lane, allocations: [{workerId, from, to}]}]: one lane per role (and child)
   * @param since       where allocations whose start was not recorded begin on the chart
   * @param until       where open allocations end on the chart
   * @param period      {from, to} the axis opens on (a review's period), or null to fit the entries' dates
   */
  show(entries, findings, allocations, since, until, period) {
    const agencies = [...new Set(entries.map(agencyOf))];
    const groups = [];
    allocations.forEach((lane, i) => groups.push({ id: 'a:' + i, order: i, content: h('span', {}, lane.lane),
      className: 'lane-allocation' }));
    groups.push({ id: 'findings', order: 100, content: h('span', {}, 'Findings'), className: 'lane-findings' });
    agencies.forEach((agency, i) => groups.push({ id: 'g:' + agency, order: 200 + i, content: h('span', {}, agency) }));

    const items = [];
    for (const entry of entries) {
      const point = POINT_PRECISIONS.has(entry.precision);
      const summary = entry.summary.length > 48 ? entry.summary.slice(0, 47) + '…' : entry.summary;
      const open = openStart(entry) ? 'open-start' : openEnd(entry) ? 'open-end' : null;
      items.push({
        id: 'e:' + entryKey(entry), group: 'g:' + agencyOf(entry),
        start: point ? start(entry.occurredAt) : start(openStart(entry) ? EARLIEST : entry.period.from),
        end: point ? undefined : dayAfter(entry.period.to),
        type: point ? 'box' : 'range',
        label: open ? `${dateText(entry)}: ${summary}` : summary,
        dataset: { eventId: entry.eventId, agency: entry.recordingAgency },
        className: ['entry', point ? 'precise' : 'imprecise', open, 'status-' + entry.status].filter(Boolean).join(' '),
      });
    }
    findings.forEach((finding, i) => items.push({
      id: 'f:' + i, group: 'findings', start: start(finding.date), type: 'box', label: finding.rule,
      dataset: { finding: String(i) }, className: 'finding severity-' + String(finding.severity).toLowerCase(),
    }));
    allocations.forEach((lane, i) => lane.allocations.forEach((a, j) => items.push({
      id: `a:${i}:${j}`, group: 'a:' + i, start: start(a.start || since), end: dayAfter(a.end || until),
      type: 'range', label: a.workerId, title: a.workerId, dataset: { worker: a.workerId }, className: 'allocation',
      selectable: false,
    })));
    this.groups.clear();
    this.groups.add(groups);
    this.items.clear();
    this.items.add(items);
    delete this.container.dataset.windowStart;
    delete this.container.dataset.windowEnd;
    this.dates = windowOf(entries, period);
    this.boxes = this.dates ? items.filter(i => i.type === 'box' && i.start >= this.dates.start && i.start <= this.dates.end) : [];
    this.window = this.dates;
    this.fitted = false;
    this.fittedFor = null;
    this.fit();
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

  /** Moves the time axis by {@code share} of its width: negative to earlier dates. */
  move(share) {
    const { start: from, end: to } = this.timeline.getWindow();
    const by = (to - from) * share;
    this.timeline.setWindow(from.getTime() + by, to.getTime() + by, { animation: false });
  }

  zoom(factor) {
    if (factor > 1) this.timeline.zoomOut(factor - 1, { animation: false });
    else this.timeline.zoomIn(1 - factor, { animation: false });
  }

  /** Widens the dates' window so that no box is cut at an edge of the axis as it is now drawn. */
  fitBoxes() {
    const axis = this.container.querySelector('.vis-panel.vis-center')?.clientWidth;
    if (!this.dates || !axis || axis === this.fittedFor) return;
    this.fittedFor = axis;
    measure.font = getComputedStyle(this.container.querySelector('.vis-timeline')).font;
    this.window = fitBoxes(this.dates, this.boxes.map(box =>
      ({ at: box.start.getTime(), width: measure.measureText(box.label).width + BOX_PADDING })), axis);
    this.fitted = true;
    this.fit();
  }

  /**
   * Hides the axis's date labels that the edges of the chart would cut ("eb" for "Feb"): the time axis draws the
   * label of a step that began before the window's start at that start. A label is shown whole or not at all.
   */
  hideCutAxisLabels() {
    const axis = this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!axis) return;
    this.container.querySelectorAll('.vis-time-axis .vis-text').forEach(label => {
      label.style.visibility = '';
      const r = label.getBoundingClientRect();
      const cut = r.width > 0 && r.right > axis.left && r.left < axis.right
        && (r.left < axis.left - 1 || r.right > axis.right + 1);
      if (cut) label.style.visibility = 'hidden';
    });
  }

  /**
   * Hides the labels of allocation bars too short to hold them, or running past the axis's edge ("T-Tw" for
   * "T-Twins-SW-2"): a label is shown whole or not at all; the bar's tooltip and the turnover table still name its
   * worker. An imprecise entry's label runs past its dashed bar, as it should.
   */
  hideCutBarLabels() {
    const axis = this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!axis) return;
    this.container.querySelectorAll('.vis-item.allocation .item-label').forEach(label => {
      label.style.visibility = '';
      const bar = label.closest('.vis-item').getBoundingClientRect();
      const r = label.getBoundingClientRect();
      const cut = r.right > Math.min(bar.right, axis.right) + 1 || r.left < Math.max(bar.left, axis.left) - 1;
      if (cut) label.style.visibility = 'hidden';
    });
  }

  /** Back to the window the chart opened on. */
  fit() {
    if (this.window) this.timeline.setWindow(this.window.start, this.window.end, { animation: false });
    this.noteWindow();
  }
}
