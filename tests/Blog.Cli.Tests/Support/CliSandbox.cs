using Blog.Core;
using Blog.Core.Model;
using Blog.Functions;
using Blog.Functions.Tests.Support;
using Blog.Storage;
using Blog.Storage.Ingest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console.Testing;

namespace Blog.Cli.Tests.Support;

/// <summary>
/// An author's folder, a storage account on real Azurite with containers and tables of its own,
/// and the pipeline's real ingest service (the Functions app's DI registrations) to run behind
/// the uploads. Each run prints to a fresh test console the test can read.
/// </summary>
internal sealed class CliSandbox : IAsyncDisposable
{
    public const string BaseUrl = "https://blog.example.be";

    private readonly ServiceProvider _services;
    private PipelineSimulator? _pipeline;

    public CliSandbox()
    {
        Azurite.EnsureRunning();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Site:BaseUrl"] = BaseUrl,
            ["Site:Title"] = "Inzicht",
        }).Build();
        Names = StorageNames.WithSuffix(Guid.NewGuid().ToString("N")[..12]);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddBlogPipeline(configuration, Names);
        _services = services.BuildServiceProvider();

        // The CLI's own way in, as `--connection-string` builds it.
        Storage = StorageTarget.FromConnectionString(Azurite.ConnectionString).Open(Names);
        Folder = Directory.CreateTempSubdirectory("blog-cli-").FullName;
    }

    public StorageNames Names { get; }
    public BlogStorage Storage { get; }
    public string Folder { get; }
    public TestConsole Console { get; private set; } = new();
    public int Deliveries => _pipeline?.Deliveries ?? 0;
    public IReadOnlyList<string> PipelineErrors => _pipeline?.Errors ?? [];

    /// <summary>Copies <c>Fixtures/{name}/</c> into the author's folder.</summary>
    public CliSandbox AddFixture(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return this;
    }

    public void Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Starts running the ingest service on every upload, as the blob trigger would.</summary>
    public void StartPipeline() =>
        _pipeline ??= new PipelineSimulator(_services.GetRequiredService<IngestService>(), _services.GetRequiredService<BlogStorage>().ArticlesContainer);

    /// <summary>One <c>upload</c> of the folder; null timeout is <c>--no-wait</c>.</summary>
    public Task<UploadResult> UploadAsync(TimeSpan? timeout) =>
        UploadAsync(timeout, Folder);

    public async Task<UploadResult> UploadAsync(TimeSpan? timeout, string folder)
    {
        Console = new TestConsole().Width(250);
        var run = new UploadRun(Storage, Console, new SiteUrls(new SiteOptions { BaseUrl = BaseUrl })) { PollInterval = TimeSpan.FromMilliseconds(50) };
        return await run.RunAsync(folder, timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pipeline is not null) await _pipeline.DisposeAsync();
        await Storage.ArticlesContainer.DeleteIfExistsAsync();
        await Storage.WebContainer.DeleteIfExistsAsync();
        await Storage.RenderedContainer.DeleteIfExistsAsync();
        foreach (var table in new[] { Storage.SourcesTable, Storage.ArticlesTable, Storage.ListingTable, Storage.TagsTable, Storage.RedirectsTable })
            await table.DeleteAsync();
        await _services.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
