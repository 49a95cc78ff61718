// Second deployment, after the code: subscribes the IngestArticle blob trigger (Source =
// EventGrid) to BlobCreated events under articles/. The webhook URL carries the host's
// blobs_extension system key, which the Functions host creates only when it first starts with
// an Event Grid blob trigger, so this cannot be part of main.bicep's provisioning.
// Deployed by infra/hooks/postdeploy.sh (azd) or by hand:
//   az deployment group create -g <rg> -f infra/eventgrid.bicep -p functionAppName=<app> systemTopicName=<topic>
targetScope = 'resourceGroup'

@description('The Function App that hosts IngestArticle.')
param functionAppName string

@description('The Event Grid system topic of the storage account (main.bicep output EVENTGRID_SYSTEM_TOPIC_NAME).')
param systemTopicName string

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

// The function name must match [Function(nameof(IngestArticle))] in Blog.Functions.
var blobsExtensionKey = listKeys('${app.id}/host/default', '2024-11-01').systemKeys.blobs_extension
var webhookUrl = 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle&code=${blobsExtensionKey}'

resource ingestArticle 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'ingest-article'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: webhookUrl
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/articles/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output subscriptionName string = ingestArticle.name
