import { signIn, report, say, skipLink, PAGES } from './session.js';

skipLink();

const form = document.getElementById('sign-in');
form.addEventListener('submit', async event => {
  event.preventDefault();
  const token = form.elements.token.value.trim();
  if (!token) {
    say('Enter your token.');
    return;
  }
  try {
    const me = await signIn(token);
    form.reset();
    location.assign(PAGES[me.role][0][0]);
  } catch (e) {
    form.elements.token.value = '';
    if (e.status === 401) say('That token was not accepted.'); else report(e);
  }
});
