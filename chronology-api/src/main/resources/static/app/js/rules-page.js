// Every gap rule with what it checks, the facts it needs and its parameters: for agencies deciding what to
// record, reviewers weighing a finding, and safeguarding leads reading the dashboard.
import { h, clear } from './dom.js';
import { page, api, report, say } from './session.js';

const session = page(['reviewer', 'agency', 'dashboard', 'admin']);
if (session) start();

async function start() {
  try {
    const rules = await api('/api/v1/rules');
    clear(document.getElementById('rules'),
      h('caption', {}, `${rules.length} rules`),
      h('thead', {}, h('tr', {}, ['Rule', 'Category', 'What it checks', 'Facts it needs', 'Parameters']
        .map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rules.map(rule => h('tr', { id: 'rule-' + rule.name },
        h('th', { scope: 'row' }, rule.name), h('td', {}, rule.category), h('td', {}, rule.description),
        h('td', {}, rule.facts),
        h('td', {}, rule.parameters.map(p => `${p.name} = ${p.value} (${p.description})`).join('; ') || '–')))));
    say(`Showing ${rules.length} rules.`);
  } catch (e) {
    report(e);
  }
}
