using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Blog.Storage;
using Blog.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Blog.Functions.Tests.Support;

/// <summary>
/// The Functions app's own DI registrations (<see cref="ServiceCollectionExtensions.AddBlogPipeline"/>)
/// against real Azurite, with containers and tables of its own and a clock the test controls.
/// Tests call the real function classes, as the Functions host would.
/// </summary>
public sealed class PipelineFixture : IAsyncDisposable
{
    public const string BaseUrl = "https://blog.example.be";

    private readonly ServiceProvider _services;

    public PipelineFixture(Action<Dictionary<string, string?>>? configure = null)
    {
        Azurite.EnsureRunning();
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Site:BaseUrl"] = BaseUrl,
            ["Site:Title"] = "Inzicht",
            ["Site:Description"] = "Leiderschap, interim management en rekrutering",
            ["Site:Author"] = "De redactie",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Names = StorageNames.WithSuffix(Guid.NewGuid().ToString("N")[..12]);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddBlogPipeline(configuration, Names);
        // The same account, through clients that count their requests (for the idle-cost test).
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(Requests, Azure.Core.HttpPipelinePosition.PerRetry);
        blobOptions.AddPolicy(Faults, Azure.Core.HttpPipelinePosition.PerCall);
        var tableOptions = new Azure.Data.Tables.TableClientOptions();
        tableOptions.AddPolicy(Requests, Azure.Core.HttpPipelinePosition.PerRetry);
        var storage = new BlogStorage(
            new BlobServiceClient(Azurite.ConnectionString, blobOptions), new Azure.Data.Tables.TableServiceClient(Azurite.ConnectionString, tableOptions), Names);
        services.AddSingleton(storage);
        services.AddKeyedSingleton(StorageProfile.Pipeline, storage);
        services.AddSingleton<TimeProvider>(Clock);
        foreach (var function in typeof(IngestArticle).Assembly.GetExportedTypes().Where(t => t.GetMethod("Run") is not null && t.IsClass && t.IsSealed))
            services.AddTransient(function);
        _services = services.BuildServiceProvider();
        Storage = _services.GetRequiredService<BlogStorage>();
    }

    public RequestCounter Requests { get; } = new();
    public StorageFaultInjector Faults { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 11, 20, 10, 0, 0, TimeSpan.Zero));
    public StorageNames Names { get; }
    public BlogStorage Storage { get; }
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public BlobContainerClient Articles => Storage.ArticlesContainer;
    public BlobContainerClient Web => Storage.WebContainer;

    public async Task<BlobClient> UploadAsync(string name, string content) => await UploadAsync(name, Encoding.UTF8.GetBytes(content));

    public async Task<BlobClient> UploadAsync(string name, byte[] content)
    {
        await Storage.EnsureCreatedAsync();
        var blob = Articles.GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(content), overwrite: true);
        return blob;
    }

    /// <summary>Uploads and runs the blob-triggered function on it, as an Event Grid delivery would.</summary>
    public async Task<BlobClient> PublishAsync(string name, string content)
    {
        var blob = await UploadAsync(name, content);
        await TriggerAsync(blob);
        return blob;
    }

    public Task TriggerAsync(BlobClient blob) => Get<IngestArticle>().Run(blob, CancellationToken.None);

    public Task<SourceRecord?> StatusAsync(string name) => Get<SourceIndex>().GetAsync(name);

    public async Task<(string Html, BlobProperties Properties)?> PageAsync(string slug)
    {
        var blob = Web.GetBlobClient($"articles/{slug}/index.html");
        if (!await blob.ExistsAsync()) return null;
        var content = await blob.DownloadContentAsync();
        return (content.Value.Content.ToString(), (await blob.GetPropertiesAsync()).Value);
    }

    public static string Fixture(params string[] path) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "Fixtures", .. path]));

    public static byte[] FixtureBytes(params string[] path) =>
        File.ReadAllBytes(Path.Combine([AppContext.BaseDirectory, "Fixtures", .. path]));

    public async ValueTask DisposeAsync()
    {
        await Articles.DeleteIfExistsAsync();
        await Web.DeleteIfExistsAsync();
        await Storage.RenderedContainer.DeleteIfExistsAsync();
        await Storage.SourcesTable.DeleteAsync();
        await Storage.ArticlesTable.DeleteAsync();
        await Storage.ListingTable.DeleteAsync();
        await Storage.TagsTable.DeleteAsync();
        await Storage.RedirectsTable.DeleteAsync();
        await _services.DisposeAsync();
    }
}
