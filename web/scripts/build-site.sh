#!/usr/bin/env bash
# Assembles the web app for static hosting (S3 + CloudFront in AWS): the pages (public/), the pinned NHS.UK
# frontend's dist files (nhsuk/) and a config.json naming the API and the OpenID provider.
#
#   web/scripts/build-site.sh --api https://abc123.execute-api.eu-west-2.amazonaws.com \
#       --issuer https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbCdEf --client-id 1example23456789 \
#       [--redirect-uri https://d111111abcdef8.cloudfront.net/callback.html] [--bearer access_token|id_token] \
#       [--sign-out-url URL] [--service-name NAME] [--out web/target/site]
#   aws s3 sync web/target/site "s3://$WEB_BUCKET/" --delete
#   aws cloudfront create-invalidation --distribution-id "$WEB_DISTRIBUTION" --paths '/*'
set -euo pipefail
WEB="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$WEB/target/site"
API="" ISSUER="" CLIENT="" REDIRECT="" BEARER="access_token" SIGN_OUT="" NAME="PDSA improvement cycles"

while [ $# -gt 0 ]; do
  case "$1" in
    --api) API="$2"; shift 2 ;;
    --issuer) ISSUER="$2"; shift 2 ;;
    --client-id) CLIENT="$2"; shift 2 ;;
    --redirect-uri) REDIRECT="$2"; shift 2 ;;
    --bearer) BEARER="$2"; shift 2 ;;
    --sign-out-url) SIGN_OUT="$2"; shift 2 ;;
    --service-name) NAME="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "build-site: unknown option $1 (see the comment at the top of this script)" >&2; exit 2 ;;
  esac
done
if [ -z "$API" ] || [ -z "$ISSUER" ] || [ -z "$CLIENT" ]; then
  echo "build-site: --api, --issuer and --client-id are required (the stack's outputs: the API URL, the user pool issuer, the web client id)" >&2
  exit 2
fi
case "$BEARER" in access_token|id_token) ;; *) echo "build-site: --bearer is access_token or id_token" >&2; exit 2 ;; esac

if [ ! -d "$WEB/node_modules/nhsuk-frontend/dist/nhsuk" ]; then
  (cd "$WEB" && npm ci --omit=dev --no-audit --no-fund --ignore-scripts >&2)
fi

rm -rf "$OUT"
mkdir -p "$OUT"
cp -R "$WEB/public/." "$OUT/"
# the pages use the frontend's compiled stylesheet and script and its images, at the paths the local gateway serves
NHSUK="$WEB/node_modules/nhsuk-frontend/dist/nhsuk"
mkdir -p "$OUT/nhsuk"
cp "$NHSUK/nhsuk-frontend.min.css" "$NHSUK/nhsuk-frontend.min.js" "$OUT/nhsuk/"
cp -R "$NHSUK/assets" "$OUT/nhsuk/assets"

API="$API" ISSUER="$ISSUER" CLIENT="$CLIENT" REDIRECT="$REDIRECT" BEARER="$BEARER" SIGN_OUT="$SIGN_OUT" NAME="$NAME" \
node -e '
  const e = process.env;
  const oidc = { issuer: e.ISSUER, clientId: e.CLIENT, scope: "openid", bearer: e.BEARER };
  if (e.REDIRECT) oidc.redirectUri = e.REDIRECT;
  if (e.SIGN_OUT) oidc.signOutUrl = e.SIGN_OUT;
  process.stdout.write(JSON.stringify({ apiBaseUrl: e.API.replace(/\/$/, ""), serviceName: e.NAME, oidc }, null, 2) + "\n");
' > "$OUT/config.json"
echo "build-site: $OUT ($(find "$OUT" -type f | wc -l) files); upload it with: aws s3 sync $OUT s3://<bucket>/ --delete" >&2
