using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Blog.Soak;

// dotnet Blog.Soak.dll <base-url> <storage-connection> <host-pid> <minutes> <reads-per-second>
// Reads mixed routes at a steady rate, uploads or edits an article every 2 s, samples the host's
// working set every 15 s, and prints the figures as Markdown. Exit code 1 on any 5xx or lost upload.
var baseUrl = new Uri(args[0]);
var container = new BlobServiceClient(args[1]).GetBlobContainerClient("articles");
var hostPid = int.Parse(args[2], CultureInfo.InvariantCulture);
var duration = TimeSpan.FromMinutes(double.Parse(args[3], CultureInfo.InvariantCulture));
var rate = int.Parse(args[4], CultureInfo.InvariantCulture);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
var slugs = (await http.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=50")).GetProperty("items").EnumerateArray()
    .Select(i => i.GetProperty("slug").GetString()!).ToArray();
var routes = Routes.Mixed(slugs);

var results = new ConcurrentBag<(string Route, int Status, double Ms)>();
var memory = new List<(TimeSpan At, long Bytes)>();
var uploads = new List<string>();
using var stop = new CancellationTokenSource(duration);
var clock = Stopwatch.StartNew();
var late = 0;

var readers = Task.Run(async () =>
{
    // A steady rate: one tick every 10 ms starts rate/100 requests, whatever the answers' speed
    // (an open model, like real readers); in flight is capped so a stall cannot exhaust sockets.
    using var inFlight = new SemaphoreSlim(256);
    using var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
    var pending = new List<Task>();
    double owed = 0;
    var n = 0;
    while (await ticker.WaitForNextTickAsync(CancellationToken.None) && !stop.IsCancellationRequested)
    {
        owed += rate / 100.0;
        for (; owed >= 1; owed--)
        {
            if (!inFlight.Wait(0)) { Interlocked.Increment(ref late); continue; }
            var route = routes[n++ % routes.Length];
            pending.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await http.GetAsync(route.Path);
                    await response.Content.CopyToAsync(Stream.Null);
                    status = (int)response.StatusCode;
                }
                catch (Exception) { status = 0; }
                finally { inFlight.Release(); }
                results.Add((route.Name, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }));
        }
        if (pending.Count > 10_000) { await Task.WhenAll(pending); pending.Clear(); }
    }
    await Task.WhenAll(pending);
});

var writer = Task.Run(async () =>
{
    for (var i = 0; !stop.IsCancellationRequested; i++)
    {
        // Alternately a new article and an edit of an earlier soak article.
        var target = i % 2 == 0 || uploads.Count == 0 ? $"soak/nieuw-{i:D5}.md" : uploads[i % uploads.Count];
        await container.GetBlobClient(target).UploadAsync(BinaryData.FromString(Routes.Article(i, target)), overwrite: true);
        if (!uploads.Contains(target)) uploads.Add(target);
        try { await Task.Delay(TimeSpan.FromSeconds(2), stop.Token); } catch (OperationCanceledException) { }
    }
});

var sampler = Task.Run(async () =>
{
    while (true)
    {
        memory.Add((clock.Elapsed, WorkingSet.Of(hostPid)));
        try { await Task.Delay(TimeSpan.FromSeconds(15), stop.Token); } catch (OperationCanceledException) { break; }
    }
    memory.Add((clock.Elapsed, WorkingSet.Of(hostPid)));
});

await Task.WhenAll(readers, writer, sampler);
var elapsed = clock.Elapsed;

// Every upload must end Published (the scanner picks it up within 2 s; allow a minute to settle).
var unsettled = await Settle.WaitAsync(http, uploads, TimeSpan.FromMinutes(1));
Report.Print(results.ToList(), memory, elapsed, rate, late, uploads.Count, unsettled);
return results.Any(r => r.Status >= 500 || r.Status == 0) || unsettled.Count > 0 ? 1 : 0;
