using Blog.Functions;
using Blog.LocalHost;
using Blog.Storage;

// The local host: the Functions app's classes and registrations on Kestrel, for machines
// without Azure Functions Core Tools. `./run.sh` starts it; see README "Run it locally".
var repoRoot = LocalSettings.FindRepoRoot();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = repoRoot });
builder.Configuration.AddLocalSettings(repoRoot).AddEnvironmentVariables().AddCommandLine(args);

var port = builder.Configuration["PORT"] ?? "7071";
builder.WebHost.UseUrls($"http://localhost:{port}");
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

var functions = FunctionCatalog.Discover(typeof(IngestArticle).Assembly);
builder.Services.AddBlogPipeline(builder.Configuration);
// What the Functions ASP.NET Core integration provides: executors for IActionResult.
builder.Services.AddMvcCore();
builder.Services.AddSingleton(functions);
builder.Services.AddHostedService<BlobScanner>();
builder.Services.AddHostedService<TimerRunner>();

var app = builder.Build();
app.MapFunctions(functions);

var seedFolder = builder.Configuration["LocalHost:SeedFolder"];
if (!string.IsNullOrEmpty(seedFolder))
    await SampleSeeder.SeedIfEmptyAsync(app.Services.GetRequiredService<BlogStorage>(), Path.Combine(repoRoot, seedFolder), app.Logger);
if (args.Contains("--seed-only")) return;

app.Logger.LogInformation("Local host on http://localhost:{Port}: {Count} functions ({Names})", port, functions.Count, string.Join(", ", functions.Select(f => f.Name)));
await app.RunAsync();
