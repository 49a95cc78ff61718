#!/usr/bin/env bash
# Runs the whole blog locally on http://localhost:${PORT:-7071}: Azurite (data kept in .azurite/),
# the sample articles uploaded when the articles container is empty, and the app with every
# function live. By default it runs the local host (src/Blog.LocalHost): the same function
# classes on Kestrel, with a polling blob trigger, because the production blob trigger listens
# to Event Grid, which cannot reach a laptop. RUN_WITH_FUNC=1 uses Azure Functions Core Tools
# instead (blobs then arrive through the timer's reconcile). Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
export PORT=${PORT:-7071} DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

[ -x node_modules/.bin/azurite ] || npm ci --no-fund --no-audit --loglevel=error

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if listening 10000 && listening 10002; then
  echo "==> Using the storage emulator already listening on 127.0.0.1:10000"
else
  mkdir -p .azurite
  echo "==> Starting Azurite (data in .azurite/, log in .azurite/azurite.log)"
  node_modules/.bin/azurite --silent --skipApiVersionCheck --location .azurite \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 > .azurite/azurite.log 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do listening 10000 && listening 10002 && break; sleep 0.5; done
fi

settings=src/Blog.Functions/local.settings.json
[ -f "$settings" ] || cp local.settings.sample.json "$settings"

if [ "${RUN_WITH_FUNC:-0}" = 1 ] && command -v func >/dev/null 2>&1; then
  echo "==> Uploading the sample articles if the container is empty"
  dotnet run --project src/Blog.LocalHost -- --LocalHost:SeedFolder=samples/articles --seed-only
  echo "==> func start on port $PORT"
  (cd src/Blog.Functions && func start --port "$PORT") &
else
  echo "==> Running the local host on http://localhost:$PORT"
  # A faster local schedule for the publishing timer, so feeds and the sitemap appear within 30 s.
  dotnet run --project src/Blog.LocalHost -- --LocalHost:SeedFolder=samples/articles "--Publish:Schedule=*/30 * * * * *" &
fi
pids+=($!)
wait "${pids[-1]}"
