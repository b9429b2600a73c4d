// The signed-in token lives in this tab's sessionStorage only: never in a URL, a cookie or a log. Every API
// call sends it as a bearer token; the server decides what each role may read.
import { h, clear } from './dom.js';
import { alertBadge } from './alerts-feed.js';

const KEY = 'chronology.session';

export const PAGES = {
  reviewer: [['review.html', 'Review'], ['timeline.html', 'Child timeline'], ['rules.html', 'Gap rules'],
    ['api.html', 'API']],
  agency: [['timeline.html', 'Child timeline'], ['alerts.html', 'Alerts'], ['rules.html', 'Gap rules'],
    ['api.html', 'API']],
  dashboard: [['dashboard.html', 'Dashboard'], ['rules.html', 'Gap rules'], ['api.html', 'API']],
  admin: [['admin.html', 'Administration'], ['alerts.html', 'Alerts'], ['rules.html', 'Gap rules'], ['api.html', 'API']],
};

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export function current() {
  const stored = sessionStorage.getItem(KEY);
  return stored ? JSON.parse(stored) : null;
}

/** Checks the token with the service and keeps it for this tab; returns who it is. */
export async function signIn(token) {
  const me = await call('/api/v1/me', token).then(r => r.json());
  sessionStorage.setItem(KEY, JSON.stringify({ token, me }));
  return me;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  location.assign('/app/');
}

async function call(path, token) {
  const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem.detail || response.statusText);
  }
  return response;
}

/** Writes with the signed-in token; a refusal becomes an ApiError naming the fields at fault. */
export async function send(method, path, body) {
  const response = await fetch(path, {
    method, cache: 'no-store', body: JSON.stringify(body),
    headers: { Authorization: 'Bearer ' + current().token, 'Content-Type': 'application/json' },
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    if (response.status === 401) signOut();
    const fields = (problem.errors || []).map(e => `${e.field} ${e.message}`).join('; ');
    throw new ApiError(response.status, fields || problem.detail || response.statusText);
  }
  return response.json();
}

export async function api(path) {
  const session = current();
  try {
    return await call(path, session.token).then(r => r.json());
  } catch (e) {
    if (e.status === 401) signOut();
    throw e;
  }
}

/** Fetches a file with the token and hands it to the browser as a download: the token stays out of the URL. */
export async function download(path) {
  const response = await call(path, current().token);
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = (disposition.match(/filename="?([^";]+)"?/) || [null, 'chronology'])[1];
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/**
 * Draws the header for the signed-in role and returns the session, or shows why the page is not available
 * (and returns null) so the page fetches nothing it may not have.
 */
export function page(roles) {
  const session = current();
  if (!session) {
    location.replace('/app/');
    return null;
  }
  const { role, agency, review } = session.me;
  const who = role === 'agency' ? `agency ${agency}` : role === 'reviewer' ? `reviewer of ${review.name}` : role;
  const here = location.pathname.split('/').pop();
  skipLink();
  clear(document.getElementById('site-header'),
    h('span', { class: 'brand' }, 'Chronology'),
    h('nav', { 'aria-label': 'Pages' }, h('ul', {}, PAGES[role].map(([href, text]) =>
      h('li', {}, h('a', { href, 'aria-current': href === here ? 'page' : null }, text))))),
    role === 'agency' ? alertBadge(session.token) : null,
    h('span', { class: 'who' }, 'Signed in as ', who),
    h('button', { type: 'button', id: 'sign-out', onclick: signOut }, 'Sign out'));
  if (!roles.includes(role)) {
    clear(document.getElementById('main'), h('h1', {}, 'Not available'),
      h('p', { id: 'not-allowed', role: 'alert' }, `This page is not available to your role (${role}).`));
    return null;
  }
  return session;
}

/**
 * The first stop of the Tab key: past the header to the page's main content. Focus is moved by script, so that
 * the address keeps its fragment (the timeline's child).
 */
export function skipLink() {
  const main = document.getElementById('main');
  main.tabIndex = -1;
  document.body.prepend(h('a', { class: 'skip-link', href: '#main', onclick: event => {
    event.preventDefault();
    main.focus();
  } }, 'Skip to main content'));
}

/** Shows an error in the page's status line, for screen readers too. */
export function report(error) {
  // A refused request is the service's answer, shown here (the browser logs the request itself); anything
  // else is a fault of the page, for the console too.
  if (!(error instanceof ApiError)) console.error(error);
  const status = document.getElementById('status');
  status.textContent = error instanceof ApiError && error.status === 403
    ? 'Not allowed: ' + error.message : 'Something went wrong: ' + error.message;
  status.classList.add('error');
}

export function say(text) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.classList.remove('error');
}
