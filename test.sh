#!/usr/bin/env bash
# Runs every test of the repository. Needs only the .NET 10 SDK and Node.js 20+.
# - installs the pinned dev tools (Azurite, the Nu Html Checker) with npm ci;
# - starts Azurite on 127.0.0.1 with a throwaway data folder unless a storage emulator
#   already listens (or BLOG_TEST_STORAGE names another account), and stops what it started;
# - builds the solution with warnings as errors and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n==> %s\n' "$*"; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

step "npm ci (Azurite $(node -p "require('./package.json').devDependencies.azurite"), Nu Html Checker)"
npm ci --no-fund --no-audit --loglevel=error

azurite_pid=""
azurite_dir=""
cleanup() {
  if [ -n "$azurite_pid" ]; then kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; fi
  if [ -n "$azurite_dir" ]; then rm -rf "$azurite_dir"; fi
}
trap cleanup EXIT INT TERM

if [ -n "${BLOG_TEST_STORAGE:-}" ]; then
  step "Using the storage account in BLOG_TEST_STORAGE"
elif listening 10000 && listening 10002; then
  step "A storage emulator already listens on 127.0.0.1:10000/10002: using it"
else
  azurite_dir=$(mktemp -d "${TMPDIR:-/tmp}/azurite-test.XXXXXX")
  step "Starting Azurite (data in $azurite_dir)"
  # --skipApiVersionCheck: Azure.Storage.Blobs 12.30 speaks a newer API version than Azurite knows.
  node_modules/.bin/azurite --silent --skipApiVersionCheck --location "$azurite_dir" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    > "$azurite_dir/azurite.log" 2>&1 &
  azurite_pid=$!
  for _ in $(seq 1 60); do
    if listening 10000 && listening 10002; then break; fi
    if ! kill -0 "$azurite_pid" 2>/dev/null; then cat "$azurite_dir/azurite.log"; echo "Azurite did not start" >&2; exit 1; fi
    sleep 0.5
  done
  listening 10000 && listening 10002 || { echo "Azurite did not listen within 30 s" >&2; exit 1; }
fi

# The browser tests drive Debian's Chromium through Playwright, which never downloads a browser.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing Debian's chromium for the browser tests"
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
      echo "apt-get could not install chromium: the browser tests will be skipped" >&2
    fi
  else
    step "No /usr/bin/chromium, and installing it needs root and apt-get: the browser tests will be skipped"
  fi
fi

step "dotnet build (Release, warnings as errors)"
dotnet build Functions.sln -c Release

step "dotnet test"
dotnet test Functions.sln -c Release --no-build --blame-hang-timeout 5m \
  --logger "console;verbosity=minimal" --results-directory artifacts/test-results

step "All tests passed"
