using Blog.Functions.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Blog.Functions.Tests.Configuration;

public class StorageClientFactoryTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void Identity_based_settings_point_at_the_account_without_a_key()
    {
        var (blobs, tables) = StorageClientFactory.Create(Config(
            ("AzureWebJobsStorage:accountName", "stblog"), ("AzureWebJobsStorage:credential", "managedidentity"), ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")));
        Assert.Equal("https://stblog.blob.core.windows.net/", blobs.Uri.ToString());
        Assert.Equal("https://stblog.table.core.windows.net/", tables.Uri.ToString());
        Assert.False(blobs.CanGenerateAccountSasUri);
    }

    [Fact]
    public void Missing_storage_settings_say_what_to_set() =>
        Assert.Contains("AzureWebJobsStorage__accountName", Assert.Throws<InvalidOperationException>(() => StorageClientFactory.Create(Config())).Message);

    [SkippableFact]
    [Trait("Category", "Azurite")]
    public async Task The_development_storage_shortcut_of_the_sample_settings_reaches_azurite()
    {
        Azurite.EnsureRunning();
        Skip.IfNot(Environment.GetEnvironmentVariable("BLOG_TEST_STORAGE") is null or "", "tests run against another account");
        var (blobs, tables) = StorageClientFactory.Create(Config(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));
        var name = "probe" + Guid.NewGuid().ToString("N")[..10];
        await tables.CreateTableIfNotExistsAsync(name);
        await tables.DeleteTableAsync(name);
        await blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync();
        await blobs.GetBlobContainerClient(name).DeleteAsync();
    }
}
