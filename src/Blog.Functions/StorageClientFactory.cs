using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Blog.Functions;

/// <summary>
/// Builds the Blob and Table clients from the same <c>AzureWebJobsStorage</c> setting the
/// Functions host uses: a connection string locally (Azurite), or in Azure the identity-based
/// form (<c>__accountName</c> or <c>__blobServiceUri</c>/<c>__tableServiceUri</c>, with
/// <c>__credential=managedidentity</c> and <c>__clientId</c> of the user-assigned identity).
/// Transient errors are retried by the SDK, as <see cref="StorageProfile"/> says for each kind of caller.
/// </summary>
internal static class StorageClientFactory
{
    public static (BlobServiceClient Blobs, TableServiceClient Tables) Create(IConfiguration configuration, StorageProfile profile = StorageProfile.Pipeline)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        Configure(blobOptions.Retry, profile);
        Configure(tableOptions.Retry, profile);

        var connectionString = configuration[Settings.StorageConnection];
        if (!string.IsNullOrWhiteSpace(connectionString))
            return (new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions));

        var section = configuration.GetSection(Settings.StorageConnection);
        var account = section["accountName"];
        var blobUri = section["blobServiceUri"] ?? (account is null ? null : $"https://{account}.blob.core.windows.net");
        var tableUri = section["tableServiceUri"] ?? (account is null ? null : $"https://{account}.table.core.windows.net");
        if (blobUri is null || tableUri is null)
            throw new InvalidOperationException(
                $"Set {Settings.StorageConnection} to a connection string, or {Settings.StorageConnection}__accountName (with __credential=managedidentity and __clientId) for identity-based access.");

        var credential = Credential(section);
        return (new BlobServiceClient(new Uri(blobUri), credential, blobOptions), new TableServiceClient(new Uri(tableUri), credential, tableOptions));
    }

    private static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
            return clientId is null ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    internal static void Configure(RetryOptions retry, StorageProfile profile)
    {
        retry.Mode = RetryMode.Exponential;
        if (profile == StorageProfile.Reader)
        {
            retry.MaxRetries = 2;
            retry.Delay = TimeSpan.FromMilliseconds(200);
            retry.MaxDelay = TimeSpan.FromSeconds(1);
            retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        }
        else
        {
            retry.MaxRetries = 5;
            retry.Delay = TimeSpan.FromMilliseconds(500);
            retry.MaxDelay = TimeSpan.FromSeconds(10);
            retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        }
    }
}
