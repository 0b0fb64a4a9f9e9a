#!/usr/bin/env bash
# Finds Debian's Chromium for the browser tests, installing it with apt-get where it is missing (as root, like CI);
# prints its path. PDSA_CHROMIUM may name another Chromium binary.
set -euo pipefail

for candidate in "${PDSA_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "ensure-chromium: installing Debian's chromium package with apt-get (first run, about a minute)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends chromium >&2; then
    apt-get update >&2 && apt-get install -y --no-install-recommends chromium >&2
  fi
  if [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium
    exit 0
  fi
fi

echo "ensure-chromium: Chromium is not installed and could not be installed here. Install Debian's chromium package" \
     "(as root: apt-get install chromium), or set PDSA_CHROMIUM to a Chromium binary, then run the tests again." >&2
exit 3
