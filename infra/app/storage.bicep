// The storage account is the blog's database and web server: the Markdown sources, the rendered
// site in $web, the tables, the Functions host's own state and the deployment package.
// Every client uses Entra ID, so shared keys are off.
param name string
param systemTopicName string
param location string
param tags object

// Container and table names are the app's contract (CONTRACT.md, Blog.Storage): keep them in step.
var containers = [
  'articles' // the sources; the pipeline never writes here
  '$web' // the public site, served by static website hosting or a CDN
  'rendered' // private rendered output the HTTP functions serve from
  deploymentContainerName
]
var tables = [
  'Sources'
  'Articles'
  'Listing'
  'Tags'
  'Redirects'
]
var deploymentContainerName = 'app-package'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    // Static website hosting serves $web anonymously on its own endpoint without this.
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // A deleted or overwritten article can be brought back for a week.
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for container in containers: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

// Blob events for the IngestArticle trigger (Source = EventGrid). The subscription to the
// function's webhook is eventgrid.bicep, deployed after the code.
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = account.name
output deploymentContainerName string = deploymentContainerName
output systemTopicName string = systemTopic.name
output webEndpoint string = account.properties.primaryEndpoints.web
