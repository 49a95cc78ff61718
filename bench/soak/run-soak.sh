#!/usr/bin/env bash
# Soak run (issue 6, item 5); results and how to read them: docs/reliability.md.
# Starts its own in-memory Azurite and the local host (Release) on free ports, seeds SEED articles
# with the real IngestService, then for MINUTES reads mixed routes at RATE requests/s while an
# article is uploaded or edited every 2 s, and reports latency percentiles, status counts and the
# host's working set over time. Exits non-zero on any 5xx, any unanswered request or a lost upload.
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES=${MINUTES:-10}
RATE=${RATE:-100}
SEED=${SEED:-300}
WORK=$(mktemp -d /tmp/blog-soak.XXXXXX)
PIDS=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT

[ -x node_modules/.bin/azurite ] || npm ci --silent
for project in src/Blog.LocalHost bench/Blog.LoadSeeder bench/Blog.Soak; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done

BP=$(free_port); QP=$(free_port); TP=$(free_port); AP=$(free_port)
node_modules/.bin/azurite --silent --skipApiVersionCheck --inMemoryPersistence \
  --blobHost 127.0.0.1 --blobPort "$BP" --queueHost 127.0.0.1 --queuePort "$QP" --tableHost 127.0.0.1 --tablePort "$TP" &
PIDS+=($!)
KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BP/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QP/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TP/devstoreaccount1;"
for _ in $(seq 1 30); do (exec 3<>"/dev/tcp/127.0.0.1/$TP") 2>/dev/null && break; sleep 0.5; done

echo "== seeding $SEED articles"
dotnet bench/Blog.LoadSeeder/bin/Release/net10.0/Blog.LoadSeeder.dll seed "$CONN" "$SEED" 0 16

echo "== local host on :$AP (publishing timer every 30 s)"
dotnet src/Blog.LocalHost/bin/Release/net10.0/Blog.LocalHost.dll --PORT="$AP" --AzureWebJobsStorage="$CONN" \
  --Site:BaseUrl="http://localhost:$AP" "--Publish:Schedule=*/30 * * * * *" --LocalHost:SeedFolder= >"$WORK/host.log" 2>&1 &
HOST_PID=$!; PIDS+=("$HOST_PID")
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$AP/api/articles" && break; sleep 1; done
# Let the scanner see the seeded blobs once, so the soak starts on a settled host.
sleep 20

echo "== soak: $MINUTES min at $RATE reads/s"
dotnet bench/Blog.Soak/bin/Release/net10.0/Blog.Soak.dll "http://127.0.0.1:$AP" "$CONN" "$HOST_PID" "$MINUTES" "$RATE"
status=$?
echo "(host log: $WORK/host.log; $(grep -c ' fail: \|Exception' "$WORK/host.log" || true) error lines)"
exit $status
