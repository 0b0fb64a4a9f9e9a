// Sign-in with OpenID Connect: authorization code flow with PKCE (S256), the same code path against Cognito (or any
// OIDC provider) in AWS and against the local gateway's provider on one machine. Tokens live in sessionStorage
// (this tab only, gone when it closes).

import { config } from './config.js';

const SESSION = 'pdsa.session';
const PENDING = 'pdsa.signin';
const ROLES = ['provider', 'staff', 'manager'];

function base64url(bytes) {
  let text = '';
  bytes.forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function s256(text) {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

/** The claims of a JWT (not verified here: the API checks every token it receives). */
export function claimsOf(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
  return JSON.parse(json);
}

function list(value) {
  if (Array.isArray(value)) {
    return value.map(String);
  }
  return value ? String(value).split(/[\s,]+/).filter(Boolean) : [];
}

/** Who the claims describe, read as the API reads them (our claims, or Cognito's groups and custom:provider). */
export function identityOf(claims) {
  const cognitoGroups = list(claims['cognito:groups']);
  const role = claims.role ?? cognitoGroups.find((g) => ROLES.includes(g)) ?? null;
  return {
    subject: claims.sub,
    name: claims.name ?? claims['cognito:username'] ?? claims.username ?? claims.sub,
    role,
    provider: claims.provider ?? claims['custom:provider'] ?? null,
    groups: claims.groups !== undefined ? list(claims.groups) : cognitoGroups.filter((g) => !ROLES.includes(g)),
  };
}

async function discovery(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error(`the sign-in service at ${issuer} did not answer (HTTP ${response.status})`);
  }
  return response.json();
}

/** The signed-in session of this tab, or null (none, or expired). */
export function currentSession() {
  const stored = sessionStorage.getItem(SESSION);
  if (!stored) {
    return null;
  }
  const session = JSON.parse(stored);
  if (Date.now() >= session.expiresAt) {
    sessionStorage.removeItem(SESSION);
    return null;
  }
  return session;
}

/** Sends the browser to the provider's sign-in page; it comes back to callback.html, then to {@code returnTo}. */
export async function signIn(returnTo = location.href) {
  const { oidc } = await config();
  const provider = await discovery(oidc.issuer);
  const verifier = randomText(48);
  const pending = { state: randomText(), nonce: randomText(), verifier, returnTo, redirectUri: oidc.redirectUri };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: oidc.redirectUri,
    scope: oidc.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await s256(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
  // the page is being replaced: callers must not go on rendering
  return new Promise(() => {});
}

/** Finishes sign-in on callback.html: checks the state, exchanges the code, and returns where to go next. */
export async function completeSignIn(query) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  if (query.get('error')) {
    throw new Error(`the sign-in service refused: ${query.get('error_description') ?? query.get('error')}`);
  }
  if (!pending || pending.state !== query.get('state')) {
    throw new Error('this sign-in answer does not match a sign-in started in this tab; start again');
  }
  const { oidc } = await config();
  const provider = await discovery(oidc.issuer);
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code') ?? '',
      redirect_uri: pending.redirectUri,
      client_id: oidc.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const tokens = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`the sign-in service did not issue tokens: ${tokens.error_description ?? tokens.error ?? response.status}`);
  }
  const idClaims = tokens.id_token ? claimsOf(tokens.id_token) : null;
  if (idClaims && idClaims.nonce !== undefined && idClaims.nonce !== pending.nonce) {
    throw new Error('the ID token answers another sign-in (nonce mismatch); start again');
  }
  const bearer = oidc.bearer === 'id_token' ? tokens.id_token : tokens.access_token;
  const claims = { ...claimsOf(tokens.access_token), ...(idClaims ?? {}) };
  const expiresAt = Date.now() + (Number(tokens.expires_in) || 3600) * 1000 - 30_000;
  sessionStorage.setItem(SESSION, JSON.stringify({ bearer, idToken: tokens.id_token ?? null, claims, expiresAt }));
  const back = new URL(pending.returnTo ?? 'index.html', location.href);
  return back.origin === location.origin ? back.href : new URL('index.html', location.href).href;
}

/** Forgets the session and, where the provider offers it, signs out there too. */
export async function signOut() {
  const session = currentSession();
  sessionStorage.removeItem(SESSION);
  const { oidc } = await config();
  const home = new URL('index.html', location.href).href;
  if (oidc.signOutUrl) {
    location.assign(oidc.signOutUrl);
    return;
  }
  const provider = await discovery(oidc.issuer).catch(() => ({}));
  if (provider.end_session_endpoint) {
    const url = new URL(provider.end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: oidc.clientId,
      post_logout_redirect_uri: home,
      ...(session?.idToken ? { id_token_hint: session.idToken } : {}),
    }).toString();
    location.assign(url.href);
    return;
  }
  location.assign(home);
}
