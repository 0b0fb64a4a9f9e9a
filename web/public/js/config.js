// The deployment's settings (config.json beside the pages): where the API is and which OpenID provider signs in.
//   { "apiBaseUrl": "https://...", "oidc": { "issuer", "clientId", "redirectUri"?, "scope"?, "bearer"?, "signOutUrl"? } }
// The local gateway serves its own config.json (same-origin API, its local issuer).

let loaded;

export function config() {
  loaded ??= fetch(new URL('config.json', document.baseURI), { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) {
      throw new Error(`config.json could not be read (HTTP ${response.status}): the site is not configured`);
    }
    const value = await response.json();
    if (!value.oidc?.issuer || !value.oidc?.clientId) {
      throw new Error('config.json names no OpenID issuer and client id (oidc.issuer, oidc.clientId)');
    }
    return {
      apiBaseUrl: (value.apiBaseUrl ?? '').replace(/\/$/, ''),
      serviceName: value.serviceName ?? 'PDSA improvement cycles',
      local: value.local === true,
      oidc: {
        scope: 'openid',
        bearer: 'access_token',
        redirectUri: new URL('callback.html', document.baseURI).href,
        ...value.oidc,
      },
    };
  });
  return loaded;
}
