using System.Diagnostics;
using System.Text;
using Azure.Data.Tables;
using Blog.Functions;
using Blog.Storage;
using Blog.Storage.Ingest;
using Blog.Storage.Publishing;
using Blog.Storage.Tables;
using Microsoft.Extensions.FileProviders;

// Modes (bench/load/run-load.sh runs them; each prints one result line):
//   seed <conn> <count> <first> <concurrency> [--untagged]  upload + IngestService.IngestAsync, then SitePublisher.RunAsync
//   upload-wait <conn> <count> <first> <timeout-s> upload, then poll the Sources table until all are Published
//   bare <conn> <count> <first> <concurrency>      per article: get the source, put a page blob, upsert a row
//   publish <conn>                                 SitePublisher.RunAsync once
//   serve-static <port> <folder>                   Kestrel's static file middleware over a folder
return args[0] switch
{
    "seed" => await SeedAsync(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4]), args.Contains("--untagged")),
    "upload-wait" => await UploadAndWaitAsync(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4])),
    "bare" => await BareAsync(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4])),
    "publish" => await PublishAsync(args[1]),
    "serve-static" => await ServeStaticAsync(int.Parse(args[1]), args[2]),
    _ => throw new ArgumentException($"Unknown mode {args[0]}"),
};

static IServiceProvider Pipeline(string connection)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = connection,
        ["Site:BaseUrl"] = "http://localhost",
    }).Build();
    var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole());
    services.AddBlogPipeline(configuration);
    return new DefaultServiceProviderFactory().CreateServiceProvider(services);
}

static string Name(int i) => $"load/artikel-{i:D5}.md";

static string Article(int i, bool tagged = true)
{
    string[] tags = ["Leiderschap", "Interim management", "Rekrutering", "HR", "Strategie", "Governance", "Cultuur", "Opvolging"];
    var body = new StringBuilder();
    for (var s = 1; s <= 4; s++)
    {
        body.Append($"## Deel {s}\n\n");
        body.Append("Een organisatie in verandering heeft vaak meer nodig dan een extra paar handen. ");
        body.Append($"Artikel {i} bespreekt **leiderschap**, *interim management* en [opvolging](https://example.be/{i}/{s}). ");
        body.Append("De ervaring leert dat een goede voorbereiding het verschil maakt tussen een geslaagde en een moeizame transitie.\n\n");
        body.Append("- eerste punt\n- tweede punt\n- derde punt\n\n");
    }
    var date = new DateTime(2015, 1, 1).AddHours(i * 7);
    return $"---\ntitle: \"Artikel {i}: leiderschap in transitie\"\ndate: {date:yyyy-MM-ddTHH:mm:ss}\n" +
           (tagged ? $"tags: [{tags[i % tags.Length]}, {tags[(i / 3) % tags.Length]}]\n" : "") + $"summary: Samenvatting van artikel {i}.\n---\n\n{body}";
}

static async Task UploadAsync(BlogStorage storage, int count, int first, bool tagged = true)
{
    await storage.EnsureCreatedAsync();
    await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        await storage.ArticlesContainer.GetBlobClient(Name(i)).UploadAsync(BinaryData.FromString(Article(i, tagged)), overwrite: true, ct));
}

static async Task<int> SeedAsync(string connection, int count, int first, int concurrency, bool untagged)
{
    var services = Pipeline(connection);
    var storage = services.GetRequiredService<BlogStorage>();
    var ingest = services.GetRequiredService<IngestService>();
    await UploadAsync(storage, count, first, !untagged);
    var clock = Stopwatch.StartNew();
    var failed = 0;
    await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
    {
        var result = await ingest.IngestAsync(storage.ArticlesContainer.GetBlobClient(Name(i)), cancellationToken: ct);
        if (result.Status?.ToString() != "Published") Interlocked.Increment(ref failed);
    });
    var ingestSeconds = clock.Elapsed.TotalSeconds;
    await services.GetRequiredService<SitePublisher>().RunAsync();
    Console.WriteLine($"seed count={count} notPublished={failed} ingestSeconds={ingestSeconds:F1} rate={count / ingestSeconds:F0}/s publishSeconds={clock.Elapsed.TotalSeconds - ingestSeconds:F1}");
    return failed == 0 ? 0 : 1;
}

static async Task<int> UploadAndWaitAsync(string connection, int count, int first, int timeoutSeconds)
{
    var services = Pipeline(connection);
    var storage = services.GetRequiredService<BlogStorage>();
    var sources = services.GetRequiredService<SourceIndex>();
    var wanted = Enumerable.Range(first, count).Select(Name).ToHashSet(StringComparer.Ordinal);
    var clock = Stopwatch.StartNew();
    await UploadAsync(storage, count, first);
    var uploadSeconds = clock.Elapsed.TotalSeconds;
    var published = 0;
    while (clock.Elapsed.TotalSeconds < timeoutSeconds)
    {
        published = 0;
        string? after = null;
        while (true)
        {
            var page = await sources.ListAsync(1000, after);
            published += page.Count(s => s.Status == "Published" && wanted.Contains(s.BlobName));
            if (page.Count < 1000) break;
            after = page[^1].BlobName;
        }
        if (published == count) break;
        await Task.Delay(250);
    }
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"host-ingest count={count} published={published} uploadSeconds={uploadSeconds:F1} seconds={seconds:F1} rate={published / seconds:F0}/s");
    return published == count ? 0 : 1;
}

static async Task<int> BareAsync(string connection, int count, int first, int concurrency)
{
    var storage = Pipeline(connection).GetRequiredService<BlogStorage>();
    var pages = storage.Blobs.GetBlobContainerClient("loadbare");
    var rows = storage.Tables.GetTableClient("loadbare");
    await pages.CreateIfNotExistsAsync();
    await rows.CreateIfNotExistsAsync();
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
    {
        var source = (await storage.ArticlesContainer.GetBlobClient(Name(i)).DownloadContentAsync(ct)).Value.Content;
        await pages.GetBlobClient($"articles/{i}/index.html").UploadAsync(source, overwrite: true, ct);
        await rows.UpsertEntityAsync(new TableEntity("bare", i.ToString("D5")) { ["Length"] = source.ToMemory().Length }, TableUpdateMode.Replace, ct);
    });
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"bare count={count} concurrency={concurrency} seconds={seconds:F2} rate={count / seconds:F0}/s");
    return 0;
}

static async Task<int> PublishAsync(string connection)
{
    var report = await Pipeline(connection).GetRequiredService<SitePublisher>().RunAsync();
    Console.WriteLine($"publish {report}");
    return 0;
}

static async Task<int> ServeStaticAsync(int port, string folder)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    builder.Logging.ClearProviders();
    var app = builder.Build();
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)), ServeUnknownFileTypes = true });
    await app.RunAsync();
    return 0;
}
