using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Blog.Storage;

namespace Blog.Cli;

/// <summary>
/// The storage account to upload to: Azurite by default, any account by connection string, or an
/// Azure account by name with the signed-in identity (no keys: the account may not allow them).
/// </summary>
internal sealed record StorageTarget(string Description, bool IsLocal, BlobServiceClient Blobs, TableServiceClient Tables)
{
    /// <summary>The SDKs' shortcut for Azurite's well-known account on 127.0.0.1:10000 (blob) and 10002 (table).</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static StorageTarget Azurite() => FromConnectionString(DevelopmentStorage);

    public static StorageTarget FromConnectionString(string connectionString)
    {
        BlobServiceClient blobs;
        TableServiceClient tables;
        try
        {
            blobs = new BlobServiceClient(connectionString, Configure(new BlobClientOptions()));
            tables = new TableServiceClient(connectionString, Configure(new TableClientOptions()));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException($"The connection string is not valid: {ex.Message}", nameof(connectionString), ex);
        }
        var isLocal = blobs.Uri.IsLoopback;
        return new StorageTarget($"account '{blobs.AccountName}'{(isLocal ? " on Azurite (" + blobs.Uri.Authority + ")" : "")}", isLocal, blobs, tables);
    }

    /// <summary>
    /// <see cref="DefaultAzureCredential"/> tries, in order, environment variables, workload and
    /// managed identity, then the developer's sign-in of Visual Studio, the Azure CLI
    /// (<c>az login</c>), Azure PowerShell and the Azure Developer CLI (<c>azd auth login</c>).
    /// </summary>
    public static StorageTarget FromAccount(string account, TokenCredential? credential = null)
    {
        credential ??= new DefaultAzureCredential();
        var blobs = new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential, Configure(new BlobClientOptions()));
        var tables = new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential, Configure(new TableClientOptions()));
        return new StorageTarget($"account '{account}' as the signed-in identity", false, blobs, tables);
    }

    public BlogStorage Open(StorageNames? names = null) => new(Blobs, Tables, names ?? new StorageNames());

    // An interactive tool fails within seconds when storage is down, instead of retrying for a minute.
    private static T Configure<T>(T options) where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        return options;
    }
}
