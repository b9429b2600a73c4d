// The API's operations and schemas, read from the service's own OpenAPI document: for integrators and for
// anyone checking what a role's token can be used for.
import { h, clear } from './dom.js';
import { page, api, report, say } from './session.js';

const session = page(['reviewer', 'agency', 'dashboard', 'admin']);
if (session) start();

async function start() {
  try {
    const doc = await api('/v3/api-docs');
    document.getElementById('title').textContent = `${doc.info.title} ${doc.info.version} (OpenAPI ${doc.openapi})`;
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })));
    // Refusals mean the same on every operation: each is explained once, and the table names their statuses.
    const refusals = new Map();
    operations.forEach(({ operation }) => Object.entries(operation.responses)
      .filter(([status]) => status >= '4').forEach(([status, r]) => refusals.set(status, r.description)));
    clear(document.getElementById('refusals'), [...refusals.keys()].sort().flatMap(status =>
      [h('dt', {}, status), h('dd', {}, refusals.get(status))]));
    clear(document.getElementById('operations'),
      h('caption', {}, `${operations.length} operations`),
      h('thead', {}, h('tr', {}, ['Operation', 'Parameters', 'Body', 'Answers', 'Refusals']
        .map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, operations.map(({ method, path, operation }) => h('tr', {},
        h('th', { scope: 'row' }, h('code', {}, `${method} ${path}`)),
        h('td', {}, (operation.parameters || []).map(p => `${p.name} (${p.in}${p.required ? ', required' : ''})`)
          .join(', ') || '–'),
        h('td', {}, operation.requestBody ? schemaName(operation.requestBody) : '–'),
        h('td', {}, Object.entries(operation.responses).filter(([status]) => status < '4')
          .map(([status, response]) => `${status} ${response.description}`).join('; ')),
        h('td', {}, Object.keys(operation.responses).filter(status => status >= '4').join(', '))))));
    clear(document.getElementById('schemas'), Object.entries(doc.components.schemas).map(([name, schema]) =>
      h('section', { 'aria-labelledby': 'schema-' + name },
        h('h3', { id: 'schema-' + name }, name),
        schema.description ? h('p', {}, schema.description) : null,
        h('ul', {}, Object.entries(schema.properties || {}).map(([property, value]) => h('li', {},
          h('code', {}, property), (schema.required || []).includes(property) ? ' (required)' : '',
          ': ', describe(value)))))));
    say(`Showing ${operations.length} operations.`);
  } catch (e) {
    report(e);
  }
}

function schemaName(body) {
  const schema = Object.values(body.content)[0].schema;
  return schema.$ref ? schema.$ref.split('/').pop() : describe(schema);
}

function describe(schema) {
  if (schema.$ref) return schema.$ref.split('/').pop();
  const type = [].concat(schema.type || 'any').join(' or ');
  const text = type === 'array' && schema.items ? `array of ${describe(schema.items)}` : type;
  return schema.description ? `${text}, ${schema.description}` : text;
}
