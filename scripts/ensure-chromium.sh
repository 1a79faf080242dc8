#!/usr/bin/env bash
# The browser tests need Debian's Chromium. Install it when missing and we may (root with apt);
# otherwise say exactly what to do. Never downloads a browser of its own.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: the browser tests need Chromium at $bin: run 'sudo apt-get install chromium', or set CHROMIUM_PATH" >&2
exit 1
