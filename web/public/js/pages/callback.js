// Where the sign-in service sends the browser back: exchange the code, then go where the person was going.

import { completeSignIn } from '../auth.js';
import { html } from '../html.js';

const main = document.getElementById('maincontent');
try {
  location.replace(await completeSignIn(new URLSearchParams(location.search)));
} catch (error) {
  document.title = 'Error: Sign-in did not finish – PDSA improvement cycles';
  main.innerHTML = html`<h1>Sign-in did not finish</h1><p>${error.message}</p>
    <p><a href="index.html">Go to the start page and sign in again</a></p>`.toString();
  document.body.dataset.ready = 'true';
}
