using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Blog.Testing;
using Xunit.Abstractions;

namespace Blog.Reliability.Tests;

/// <summary>
/// Storage goes away in the middle of a bulk upload of 500 articles and comes back: readers get
/// 503 with Retry-After meanwhile (never a hang or a 500), and once the local host's scanner and
/// timer have caught up every article is Published exactly once with a complete page.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 500;
    private const int StopAfter = 150;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan MaxOutageAnswer = TimeSpan.FromSeconds(15);

    private AzuriteProcess? _azurite;
    private LocalHostProcess? _host;

    [Fact]
    public async Task Stopping_storage_mid_upload_loses_nothing_and_readers_get_503_with_Retry_After()
    {
        _azurite = await AzuriteProcess.StartAsync();
        // The publishing timer every 5 s instead of 5 min, so the test sees the catch-up run soon.
        _host = LocalHostProcess.Start(_azurite.ConnectionString, new Dictionary<string, string> { ["Publish__Schedule"] = "*/5 * * * * *" });
        using var http = new HttpClient { BaseAddress = new Uri(_host.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        await WaitForHostAsync(http);

        var container = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient("articles");
        await container.CreateIfNotExistsAsync();
        var clock = Stopwatch.StartNew();

        var uploaded = 0;
        var uploads = Task.Run(async () =>
        {
            for (var i = 0; i < Articles; i++)
            {
                await UploadWithRetryAsync(container.GetBlobClient($"storing-{i:000}.md"), Article(i));
                Interlocked.Increment(ref uploaded);
            }
        });

        while (Volatile.Read(ref uploaded) < StopAfter) await Task.Delay(20);
        _azurite.Stop();
        var stoppedAt = clock.Elapsed;
        // Past the 5-second response cache, so every answer below comes from (missing) storage.
        await Task.Delay(TimeSpan.FromSeconds(6));
        foreach (var path in new[] { "/api/articles?pageSize=20", "/api/articles/storing-001", "/articles/storing-001", "/", "/feed.xml", "/sitemap.xml", "/tags/leiderschap" })
        {
            var timer = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"During the outage GET {path}: {(int)response.StatusCode} in {timer.ElapsedMilliseconds} ms, Retry-After {response.Headers.RetryAfter}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
            Assert.True(timer.Elapsed < MaxOutageAnswer, $"GET {path} took {timer.Elapsed} during the outage");
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
        }
        await Task.Delay(Outage - (clock.Elapsed - stoppedAt) is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        await _azurite.StartAgainAsync();
        output.WriteLine($"Storage was down {(clock.Elapsed - stoppedAt).TotalSeconds:0.0} s, after {StopAfter} of {Articles} uploads");

        await uploads;
        var settled = await WaitUntilAllPublishedAsync(http);
        output.WriteLine($"All {Articles} articles Published {clock.Elapsed.TotalSeconds:0} s after the first upload ({settled})");

        // Each article once in the listing, and each page complete.
        var slugs = await AllListedSlugsAsync(http);
        Assert.Equal(Articles, slugs.Count);
        Assert.Equal(Articles, slugs.Distinct().Count());
        foreach (var slug in slugs)
        {
            var page = await http.GetStringAsync(new Uri($"/articles/{slug}", UriKind.Relative));
            Assert.EndsWith("</html>", page.TrimEnd(), StringComparison.Ordinal);
            Assert.Contains($"Storing {int.Parse(slug["storing-".Length..], System.Globalization.CultureInfo.InvariantCulture)}</h1>", page, StringComparison.Ordinal);
        }
    }

    private static string Article(int i) =>
        $"---\ntitle: Storing {i}\ndate: 2025-10-{1 + i % 28:00}T{8 + i % 10:00}:{i % 60:00}:00\ntags: [leiderschap]\n---\n\nArtikel {i} over veerkracht.\n";

    /// <summary>What an author's tool does when storage refuses an upload: wait and try again.</summary>
    private static async Task UploadWithRetryAsync(BlobClient blob, string content)
    {
        while (true)
        {
            try
            {
                await blob.UploadAsync(BinaryData.FromString(content), overwrite: true);
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException or HttpRequestException)
            {
                await Task.Delay(500);
            }
        }
    }

    private async Task WaitForHostAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            _host!.ThrowIfExited();
            try
            {
                using var response = await http.GetAsync(new Uri("/robots.txt", UriKind.Relative));
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private async Task<string> WaitUntilAllPublishedAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + SettleTimeout;
        var last = "";
        while (true)
        {
            _host!.ThrowIfExited();
            using var response = await http.GetAsync(new Uri("/api/admin/status", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                    .Select(i => (Blob: i.GetProperty("blob").GetString()!, Status: i.GetProperty("status").GetString()!)).ToList();
                Assert.Equal(items.Count, items.Select(i => i.Blob).Distinct().Count());
                last = string.Join(", ", items.GroupBy(i => i.Status).Select(g => $"{g.Count()} {g.Key}"));
                if (items.Count == Articles && items.All(i => i.Status == "Published")) return last;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not all {Articles} articles were Published within {SettleTimeout}: {last}. Host output:{Environment.NewLine}{_host.OutputTail}");
            await Task.Delay(1000);
        }
    }

    private static async Task<List<string>> AllListedSlugsAsync(HttpClient http)
    {
        var slugs = new List<string>();
        string? cursor = null;
        do
        {
            var query = "/api/articles?pageSize=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = await http.GetFromJsonAsync<JsonElement>(new Uri(query, UriKind.Relative));
            slugs.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return slugs;
    }

    public void Dispose()
    {
        _host?.Dispose();
        _azurite?.Dispose();
    }
}
