#!/usr/bin/env bash
# azd postdeploy: subscribe IngestArticle to BlobCreated events under articles/ by deploying
# infra/eventgrid.bicep. Its webhook URL carries the host's blobs_extension system key, which the
# Functions host creates only once the deployed code starts with the Event Grid blob trigger:
# that is why this runs after deploy and not in main.bicep. Needs the Azure CLI, logged in.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
group="${AZURE_RESOURCE_GROUP:?not set: run azd provision first}"
app="${AZURE_FUNCTION_APP_NAME:?not set: run azd provision first}"
topic="${EVENTGRID_SYSTEM_TOPIC_NAME:?not set: run azd provision first}"
subscription="${AZURE_SUBSCRIPTION_ID:-$(az account show --query id --output tsv)}"

host="$(az functionapp show --subscription "$subscription" --resource-group "$group" --name "$app" \
  --query defaultHostName --output tsv)"

# A Flex Consumption app idles at zero instances: a request starts the host, and the host
# creates the key. Only the key's name is read here; eventgrid.bicep reads its value itself.
has_key=""
for attempt in $(seq 1 30); do
  has_key="$(az functionapp keys list --subscription "$subscription" --resource-group "$group" --name "$app" \
    --query "contains(keys(systemKeys), 'blobs_extension')" --output tsv 2>/dev/null || true)"
  [[ "$has_key" == "true" ]] && break
  echo "Waiting for the host's blobs_extension key ($attempt/30)..."
  curl --silent --output /dev/null --max-time 60 "https://$host/" || true
  sleep 10
done
if [[ "$has_key" != "true" ]]; then
  echo "The blobs_extension key did not appear: is IngestArticle deployed with Source = EventGrid?" >&2
  echo "Check the app's logs, then run this script again (azd hooks run postdeploy)." >&2
  exit 1
fi

az deployment group create \
  --subscription "$subscription" \
  --resource-group "$group" \
  --name eventgrid-subscription \
  --template-file "$here/../eventgrid.bicep" \
  --parameters functionAppName="$app" systemTopicName="$topic" \
  --output none
echo "Event Grid: BlobCreated under articles/ now triggers IngestArticle on $host."
