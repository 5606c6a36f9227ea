#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the end-to-end tests.
# Idempotent: prints nothing and returns at once when it is already installed.
# Playwright never downloads a browser in this project.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-chromium: /usr/bin/chromium is missing and this user cannot install packages (not root, no sudo)." >&2
  echo "install-chromium: run as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

echo "install-chromium: installing Debian's chromium package…"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq chromium >/dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "install-chromium: apt-get finished but /usr/bin/chromium is still missing." >&2
  exit 1
fi
echo "install-chromium: done ($(/usr/bin/chromium --version 2>/dev/null | head -n 1))"
