// The blog on Azure: one resource group with a Flex Consumption Function App, its storage, its
// identity and its monitoring. `azd up` deploys this file; `az deployment sub create` works too.
// The Event Grid subscription that feeds IngestArticle is a second deployment (eventgrid.bicep):
// its webhook needs the blobs_extension system key, which exists only once the code runs.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used for the resource group name and a unique suffix for every resource.')
param environmentName string

@minLength(1)
@description('Region for every resource. Pick one that offers Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the person or principal that deploys; gets Storage Blob Data Contributor to upload articles. Empty: no assignment.')
param principalId string = ''

@description('Resource group name; default rg-<environmentName>.')
param resourceGroupName string = ''

@description('Switch on Storage static website hosting for $web (done by the azd postprovision hook: ARM cannot).')
param enableStaticWebsite bool = true

@description('Absolute public URL of the site (custom domain or CDN). Empty: the Function App URL.')
param siteBaseUrl string = ''

@description('Site title (Site:Title).')
param siteTitle string = 'Blog'

@description('Site description (Site:Description).')
param siteDescription string = ''

@description('Site language (Site:Language).')
param siteLanguage string = 'nl-BE'

@description('Default author (Site:Author).')
param siteAuthor string = ''

@description('Time zone for dates without one (Site:TimeZone), an IANA name.')
param siteTimeZone string = 'Europe/Brussels'

@minValue(1)
@description('Items per feed (Feed:Items).')
param feedItems int = 20

@description('NCRONTAB schedule of PublishSite (Publish:Schedule), in UTC on Linux.')
param publishSchedule string = '0 */5 * * * *'

@minValue(1)
@maxValue(1000)
@description('Flex Consumption: the most instances the app scales out to.')
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
@description('Flex Consumption: memory per instance in MB.')
param instanceMemoryMB int = 2048

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-blog-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'stblog${resourceToken}'
    systemTopicName: 'evgt-blog-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-blog-${resourceToken}'
    applicationInsightsName: 'appi-blog-${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
  }
}

module functionApp 'app/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: 'func-blog-${resourceToken}'
    planName: 'plan-blog-${resourceToken}'
    location: location
    tags: tags
    identityName: identity.outputs.name
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    siteBaseUrl: siteBaseUrl
    siteTitle: siteTitle
    siteDescription: siteDescription
    siteLanguage: siteLanguage
    siteAuthor: siteAuthor
    siteTimeZone: siteTimeZone
    feedItems: feedItems
    publishSchedule: publishSchedule
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The host reads storage as soon as it starts: give it its roles first.
  dependsOn: [rbac]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = functionApp.outputs.uri
output EVENTGRID_SYSTEM_TOPIC_NAME string = storage.outputs.systemTopicName
output SITE_URL string = functionApp.outputs.siteBaseUrl
output STATIC_WEBSITE_ENABLED bool = enableStaticWebsite
output STATIC_WEBSITE_URL string = enableStaticWebsite ? storage.outputs.webEndpoint : ''
