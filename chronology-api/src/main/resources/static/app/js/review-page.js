// The reviewer's review: its children and period, the household's combined timeline (every child of the
// review, each entry once) with social-worker lanes per child, the review's findings, its exports, and the
// reviewer's workspace (rows per happening, notes, verdicts).
import { h, clear } from './dom.js';
import { page, api, download, report, say } from './session.js';
import { ChronologyView } from './chronology-view.js';
import { Workspace } from './review-workspace.js';

const session = page(['reviewer']);
if (session) start(session.me.review);

async function start(review) {
  document.getElementById('title').textContent = `Review: ${review.name}`;
  document.getElementById('scope').textContent =
    `${review.children.length} children, from ${review.from} to ${review.to}.`;
  clear(document.getElementById('children'), review.children.map(child =>
    h('li', {}, h('a', { href: `timeline.html#${encodeURIComponent(child)}` }, `Timeline of ${child}`))));
  const base = `/api/v1/reviews/${encodeURIComponent(review.reviewId)}`;
  document.querySelectorAll('[data-export]').forEach(button => button.addEventListener('click', async () => {
    try {
      say('Preparing the download…');
      say(await download(`${base}/export.${button.dataset.export}`) + ' downloaded.');
    } catch (e) {
      report(e);
    }
  }));
  const view = new ChronologyView();
  const workspace = new Workspace(base, async (done, error) => {
    if (error) {
      report(error);
      return;
    }
    workspace.render(await api(`${base}/chronology`));
    say(done);
  });
  say('Loading…');
  try {
    const [chronology, ...turnovers] = await Promise.all([api(`${base}/chronology`),
      ...review.children.map(child => api(`/api/v1/children/${encodeURIComponent(child)}/turnover?role=SOCIAL_WORKER`))]);
    view.render({
      entries: chronology.entries, findings: chronology.findings, knowledge: null, until: review.to,
      allocations: turnovers.map(t => ({ lane: `${t.childId}: ${t.distinctWorkers} social workers`,
        allocations: t.allocations })),
    });
    workspace.render(chronology);
    say(`Showing ${chronology.entries.length} entries in ${chronology.rows.length} rows and`
      + ` ${chronology.findings.length} findings.`);
  } catch (e) {
    report(e);
  }
}
