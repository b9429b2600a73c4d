// What an administrator may read: agencies, tokens (never their secrets), the projections' progress,
// agencies' first whole-chronology reads of a child (each is itself an audited read of the audit), and how
// reviewers judged each rule's findings (counts only).
import { h, clear } from './dom.js';
import { page, api, report } from './session.js';
import { watchProgress } from './progress-view.js';

const session = page(['admin']);
if (session) start();

async function start() {
  try {
    watchProgress(document.getElementById('projections'), document.getElementById('findings-refresh'));
    const [agencies, tokens, firstReads, confirmations] = await Promise.all([api('/api/v1/agencies'),
      api('/api/v1/tokens'), api('/api/v1/audit?firstReads=true&limit=50'), api('/api/v1/admin/rule-confirmations')]);
    table('agencies', ['Code', 'Name', 'Sector'], agencies.map(a => [a.code, a.name, a.sector]));
    table('tokens', ['Token id', 'Role', 'Agency', 'Review', 'Issued to', 'Issued', 'Expires', 'Revoked'],
      tokens.map(t => [t.tokenId, t.role, t.agency, t.reviewId, t.issuedTo, t.issuedAt, t.expiresAt, t.revokedAt]));
    table('first-reads', ['When', 'Agency', 'Person', 'Child', 'Read'],
      firstReads.map(r => [r.readAt, r.agency, r.issuedTo, r.childId, r.endpoint]));
    const rate = c => `${Math.round(100 * c.confirmed / (c.confirmed + c.dismissed))}%`;
    table('rule-confirmations', ['Rule', 'Confirmed', 'Dismissed', 'Confirmed share', 'Reviews'],
      confirmations.map(c => [c.rule, c.confirmed, c.dismissed, rate(c), c.reviews]));
  } catch (e) {
    report(e);
  }
}

function table(id, headings, rows) {
  clear(document.getElementById(id),
    h('thead', {}, h('tr', {}, headings.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(v => h('td', {}, v ?? '–'))))));
}
