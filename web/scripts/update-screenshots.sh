#!/usr/bin/env bash
# Copies the main pages' screenshots from the last browser test run (web/test-results) to docs/screenshots, for the
# README. Run after `./pdsa test` (or the WebAppE2ETest alone).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mkdir -p "$ROOT/docs/screenshots"
for name in start my-tasks plan-with-errors study-and-decide cycle programme learning refused provider; do
  cp "$ROOT/web/test-results/$name.png" "$ROOT/docs/screenshots/$name.png"
done
echo "update-screenshots: copied to docs/screenshots" >&2
