#!/usr/bin/env bash
# azd postprovision: switch Storage static website hosting for $web on or off, as the
# enableStaticWebsite parameter (azd env ENABLE_STATIC_WEBSITE, default true) says.
# Bicep cannot: static website is a Blob service property set on the data plane, not an ARM
# resource property. This needs the Azure CLI, logged in, with
# Microsoft.Storage/storageAccounts/blobServices/write on the account (Owner, Contributor or
# Storage Account Contributor); it signs in with Entra ID, no account key (shared keys are off).
set -euo pipefail

account="${AZURE_STORAGE_ACCOUNT_NAME:?not set: run azd provision first}"
enabled="${STATIC_WEBSITE_ENABLED:-true}"
subscription="${AZURE_SUBSCRIPTION_ID:-$(az account show --query id --output tsv)}"

if [[ "$enabled" == "true" || "$enabled" == "True" ]]; then
  az storage blob service-properties update \
    --subscription "$subscription" \
    --account-name "$account" \
    --auth-mode login \
    --static-website true \
    --index-document index.html \
    --404-document 404.html \
    --output none
  echo "Static website on: ${STATIC_WEBSITE_URL:-$(az storage account show --subscription "$subscription" --name "$account" --query primaryEndpoints.web --output tsv)}"
else
  az storage blob service-properties update \
    --subscription "$subscription" \
    --account-name "$account" \
    --auth-mode login \
    --static-website false \
    --output none
  echo "Static website off for $account."
fi
