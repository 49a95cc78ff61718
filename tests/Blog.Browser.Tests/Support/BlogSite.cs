using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Blog.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Blog.Browser.Tests.Support;

[CollectionDefinition(Name)]
public sealed class BlogSiteDefinition : ICollectionFixture<BlogSite>
{
    public const string Name = "Blog site in Chromium";
}

/// <summary>
/// The whole blog as a reader meets it: a private Azurite (own ports, throwaway folder, so the
/// fixed container names cannot collide with other tests), the local host on a free port seeded
/// with <c>samples/articles</c>, and Debian's Chromium driven by Playwright. Started once for all
/// browser tests; both processes are killed on dispose.
/// </summary>
public sealed class BlogSite(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright launches it as it is and never downloads a browser.</summary>
    public static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("BLOG_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(60);

    private AzuriteProcess? _azurite;
    private LocalHostProcess? _localHost;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath}: ./test.sh installs Debian's chromium as root (apt-get install -y chromium)";
            return;
        }
        var stopwatch = Stopwatch.StartNew();
        _azurite = await AzuriteProcess.StartAsync();
        _localHost = LocalHostProcess.Start(_azurite.ConnectionString, new Dictionary<string, string> { ["LocalHost__SeedFolder"] = "samples/articles" });
        BaseUrl = _localHost.BaseUrl;
        await WaitUntilSamplesArePublishedAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        diagnostics.OnMessage(new DiagnosticMessage($"Browser test site ready on {BaseUrl} in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>Opens <paramref name="path"/> in a fresh browser context and records what went wrong on the way.</summary>
    public async Task<BrowserPage> OpenAsync(string path, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ColorScheme = colorScheme,
            Locale = "nl-BE",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        try
        {
            return await BrowserPage.OpenAsync(context, path);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _localHost?.Dispose();
        _azurite?.Dispose();
    }

    /// <summary>
    /// The host seeds before it listens, then picks the blobs up on its 2-second scan: ready when
    /// every sample Markdown file has a status and at least 8 are Published (one sample is a
    /// draft, one scheduled).
    /// </summary>
    private async Task WaitUntilSamplesArePublishedAsync()
    {
        var expected = Directory.EnumerateFiles(RepoPaths.SampleArticles, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(RepoPaths.SampleArticles, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + PublishTimeout;
        var last = "no answer yet";
        while (true)
        {
            _localHost!.ThrowIfExited();
            try
            {
                using var response = await http.GetAsync(new Uri("/api/admin/status", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var status = await response.Content.ReadFromJsonAsync<JsonElement>();
                    var items = status.GetProperty("items").EnumerateArray()
                        .Select(i => (Blob: i.GetProperty("blob").GetString() ?? "", Status: i.GetProperty("status").GetString() ?? ""))
                        .ToList();
                    var unprocessed = expected.Except(items.Where(i => i.Status.Length > 0).Select(i => i.Blob)).ToList();
                    var published = items.Count(i => i.Status == "Published");
                    if (unprocessed.Count == 0 && published >= 8) return;
                    last = $"{published} published, not yet processed: {string.Join(", ", unprocessed)}; statuses: {string.Join(", ", items.Select(i => $"{i.Blob}={i.Status}"))}";
                }
                else
                {
                    last = $"GET /api/admin/status answered {(int)response.StatusCode}";
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The samples were not published within {PublishTimeout.TotalSeconds} s ({last}). Local host output:{Environment.NewLine}{_localHost.OutputTail}");
            await Task.Delay(250);
        }
    }
}
