#!/usr/bin/env bash
# Load benchmark (issue 3, item 7); results and how to read them: docs/load.md.
# Starts its own in-memory Azurite and the local host (Release) on free ports, so the shared dev
# data on 10000-10002 is never touched, and stops both on exit.
#   1. bulk ingest of N_SMALL articles through the local host (upload to Published) beside the
#      bare storage work for the same articles (get the source, put a page, upsert a row);
#   2. wrk on /api/articles at N_SMALL articles;
#   3. seeds up to N_LARGE articles with the real IngestService (bench/Blog.LoadSeeder), then wrk on
#      each route beside Kestrel serving a static file of the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
N_SMALL=${N_SMALL:-1000}
N_LARGE=${N_LARGE:-10000}
DURATION=${DURATION:-15s}
WRK="wrk -t2 -c32 -d$DURATION --latency"
WORK=$(mktemp -d /tmp/blog-load.XXXXXX)
PIDS=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT
wait_for() { for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done; echo "timeout waiting for $1" >&2; return 1; }

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
[ -x node_modules/.bin/azurite ] || npm ci --silent
dotnet build -c Release -v q -nologo src/Blog.LocalHost >/dev/null
dotnet build -c Release -v q -nologo bench/Blog.LoadSeeder >/dev/null
HOST_DLL=src/Blog.LocalHost/bin/Release/net10.0/Blog.LocalHost.dll
SEEDER="dotnet bench/Blog.LoadSeeder/bin/Release/net10.0/Blog.LoadSeeder.dll"

BP=$(free_port); QP=$(free_port); TP=$(free_port); AP=$(free_port); SP=$(free_port)
node_modules/.bin/azurite --silent --skipApiVersionCheck --inMemoryPersistence \
  --blobHost 127.0.0.1 --blobPort "$BP" --queueHost 127.0.0.1 --queuePort "$QP" --tableHost 127.0.0.1 --tablePort "$TP" &
PIDS+=($!)
KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BP/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QP/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TP/devstoreaccount1;"
for _ in $(seq 1 30); do (exec 3<>"/dev/tcp/127.0.0.1/$TP") 2>/dev/null && break; sleep 0.5; done
kill -0 "${PIDS[0]}" || { echo "Azurite did not start" >&2; exit 1; }
APP=http://127.0.0.1:$AP

HOST_PID=
start_host() {
  # The timer is set to once a year so it does not run during wrk; the seeder publishes feed.xml itself.
  dotnet "$HOST_DLL" --PORT="$AP" --AzureWebJobsStorage="$CONN" --Site:BaseUrl="http://localhost:$AP" \
    --Publish:Schedule="0 0 0 1 1 *" --LocalHost:SeedFolder= >"$WORK/host-$1.log" 2>&1 &
  HOST_PID=$!; PIDS+=("$HOST_PID")
  wait_for "$APP/api/articles" 60
}
stop_host() { kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; }
# The scanner sees every existing blob once after a start; wait until it has, so wrk runs on an idle host.
wait_scanned() {
  for _ in $(seq 1 "${SCAN_WAIT:-600}"); do
    [ "$(grep -c 'Ingested ' "$WORK/host-$1.log" || true)" -ge "$2" ] && return 0; sleep 1
  done; echo "WARNING: host still scanning ($(grep -c 'Ingested ' "$WORK/host-$1.log") of $2 blobs seen): wrk runs beside it"
}

# wrk_run <url> -> "req/s p99" (after a 3 s warm-up)
wrk_run() {
  wrk -t2 -c32 -d3s "$1" >/dev/null
  $WRK "$1" | tee -a "$WORK/wrk.log" | awk '/Requests\/sec/ {rps=$2} $1=="99%" {p99=$2} END {print rps, p99}'
}

echo "== bulk ingest of $N_SMALL articles through the local host"
start_host small
INGEST=$($SEEDER upload-wait "$CONN" "$N_SMALL" 0 600)
BARE1=$($SEEDER bare "$CONN" "$N_SMALL" 0 1)
BARE16=$($SEEDER bare "$CONN" "$N_SMALL" 0 16)
echo "$INGEST"; echo "$BARE1"; echo "$BARE16"
$SEEDER publish "$CONN" >/dev/null

echo "== /api/articles at $N_SMALL articles"
read -r SMALL_RPS SMALL_P99 < <(wrk_run "$APP/api/articles?pageSize=20")
echo "$SMALL_RPS req/s p99 $SMALL_P99"
stop_host

echo "== seeding to $N_LARGE articles with IngestService"
# Untagged: each tagged ingest recounts its tags by scanning the tag's listing partition, which
# made seeding 9,000 tagged articles run for over 10 minutes with Azurite at 100% (docs/load.md).
$SEEDER seed "$CONN" $((N_LARGE - N_SMALL)) "$N_SMALL" 16 --untagged
start_host large
wait_scanned large "$N_LARGE"

mkdir -p "$WORK/static"
dotnet bench/Blog.LoadSeeder/bin/Release/net10.0/Blog.LoadSeeder.dll serve-static "$SP" "$WORK/static" &
PIDS+=($!)
SLUG=$(curl -fs "$APP/api/articles?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
declare -A ROUTES=([articles]="/api/articles?pageSize=20" [article]="/api/articles/$SLUG" [home]="/" [feed]="/feed.xml")
sleep 2

ROWS=()
for name in articles article home feed; do
  route=${ROUTES[$name]}
  curl -fs -o "$WORK/static/$name" "$APP$route"
  size=$(stat -c %s "$WORK/static/$name")
  read -r rps p99 < <(wrk_run "$APP$route")
  read -r srps sp99 < <(wrk_run "http://127.0.0.1:$SP/$name")
  ROWS+=("$(printf '| `%s` | %s | %s | %s | %s | %s | %.2f |' "${route/$SLUG/{slug\}}" "$size" "$rps" "$p99" "$srps" "$sp99" "$(awk -v a="$rps" -v b="$srps" 'BEGIN {print a / b}')")")
  [ "$name" = articles ] && { LARGE_RPS=$rps; LARGE_P99=$p99; }
done

echo
echo "Load benchmark: $N_LARGE articles, wrk -t2 -c32 -d$DURATION, $(nproc) cores shared by wrk, Azurite and the app"
echo
echo "| route | bytes | req/s | p99 | static req/s | static p99 | ratio |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "| /api/articles?pageSize=20 | req/s | p99 |"
echo "|---|---|---|"
echo "| $N_SMALL articles | $SMALL_RPS | $SMALL_P99 |"
echo "| $N_LARGE articles | $LARGE_RPS | $LARGE_P99 |"
echo
echo "Bulk ingest: $INGEST"
echo "Bare work:   $BARE1"
echo "Bare work:   $BARE16"
echo "(logs in $WORK)"
