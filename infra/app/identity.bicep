// The one identity the Function App uses for everything: storage (host and app), the deployment
// package, Application Insights. User-assigned so its roles exist before the app does.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output name string = identity.name
output principalId string = identity.properties.principalId
