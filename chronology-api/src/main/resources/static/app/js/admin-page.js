// What an administrator may read: agencies, tokens (never their secrets) and the projections' progress.
import { h, clear } from './dom.js';
import { page, api, report } from './session.js';

const session = page(['admin']);
if (session) start();

async function start() {
  try {
    const [agencies, tokens, projections] = await Promise.all([api('/api/v1/agencies'), api('/api/v1/tokens'),
      api('/api/v1/admin/projections')]);
    table('agencies', ['Code', 'Name', 'Sector'], agencies.map(a => [a.code, a.name, a.sector]));
    table('tokens', ['Token id', 'Role', 'Agency', 'Review', 'Issued', 'Revoked'],
      tokens.map(t => [t.tokenId, t.role, t.agency, t.reviewId, t.issuedAt, t.revokedAt]));
    const yesNo = value => value ? 'yes' : 'no';
    table('projections', ['Projection', 'Caught up', 'Replaying', 'Events in the store'],
      projections.map(p => [p.name, yesNo(p.caughtUp), yesNo(p.replaying), p.head]));
  } catch (e) {
    report(e);
  }
}

function table(id, headings, rows) {
  clear(document.getElementById(id),
    h('thead', {}, h('tr', {}, headings.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(v => h('td', {}, v ?? '–'))))));
}
