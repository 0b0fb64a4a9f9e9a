// The PDSA HTTP API (DESIGN §3.2), called with the signed-in person's bearer token. Errors arrive as
// application/problem+json and are thrown as ApiError (status, detail, field errors).

import { config } from './config.js';
import { currentSession, signIn } from './auth.js';

/** A refused or failed API call. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? problem?.message ?? `HTTP ${status}`);
    this.status = status;
    this.detail = problem?.detail ?? null;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
  }
}

/** Calls the API; POSTs carry a fresh Idempotency-Key. A 401 (expired or missing token) signs in again. */
export async function api(path, { method = 'GET', body } = {}) {
  const session = currentSession();
  if (!session) {
    return signIn();
  }
  const { apiBaseUrl } = await config();
  const headers = { Authorization: `Bearer ${session.bearer}`, Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Idempotency-Key'] = crypto.randomUUID();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${apiBaseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    sessionStorage.removeItem('pdsa.session');
    return signIn();
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // a proxy's HTML error page, say: keep its start as the detail
    json = { detail: `${response.status} ${response.statusText}: ${text.slice(0, 200)}` };
  }
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}
