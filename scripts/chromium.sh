#!/usr/bin/env bash
# Makes sure Debian's Chromium and a CJK font are there for the browser test of the HTML report
# (packages/cli/test/html-report.test.ts): installs them with apt-get when missing and this runs as
# root; otherwise says in one line how to get them and exits 1. Used by scripts/test.sh (README
# command 2) and .ci/run.
set -euo pipefail
have() { [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; }
if ! have; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "anquan: installing Chromium and a CJK font (Debian) for the HTML report's browser test" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
  else
    echo "anquan: no Chromium at /usr/bin/chromium (or no CJK font), so the HTML report's browser test is skipped; get them with: apt-get install -y chromium fonts-wqy-zenhei" >&2
    exit 1
  fi
fi
/usr/bin/chromium --version
