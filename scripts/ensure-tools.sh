#!/usr/bin/env bash
# The tests need two programs from Debian: Chromium (the browser tests) and redis-server (the class
# server's Redis pair, tests/class-redis.test.ts). Install what is missing when we may (root with
# apt); otherwise say exactly what to do. Never downloads a browser of its own.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: installing Debian's ${missing[*]} for the tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "ensure-tools: the tests need ${missing[*]}: run 'sudo apt-get install ${missing[*]}'" \
  "(Chromium may be elsewhere: set CHROMIUM_PATH)" >&2
exit 1
