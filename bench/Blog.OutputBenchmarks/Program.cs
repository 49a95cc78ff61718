using System.Diagnostics;
using System.Globalization;
using System.Text;
using Blog.Core.Syndication;

namespace Blog.OutputBenchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Blog.OutputBenchmarks -- N [discard|memory|fullfeed]</c>.
/// Generates every output SitePublisher writes for N synthetic articles: RSS, Atom and JSON Feed of the
/// newest 20 (full HTML), one RSS per tag (20 tags, newest 20 each), the sitemap (home, tag pages, every
/// article; an index past 50,000 URLs) and robots.txt. Sinks: <c>discard</c> counts bytes and drops them,
/// <c>memory</c> buffers each file in a MemoryStream and copies it to the "upload" as production does
/// (the sitemap parts all buffered before the first upload); <c>fullfeed</c> is the extra row: RSS, Atom
/// and JSON Feed of all N articles with full HTML, to counting streams. Without a mode: discard, then memory.
/// Warm-up (one run and at least 2 s), then the best of 3. Peak working set is the process's, hence one N (and one mode) per process.
/// </summary>
public static class Program
{
    private const int FeedItems = 20;
    private static long _peakHeap;
    private static volatile bool _sampling = true;
    private static double _feedsMs;
    private static double _sitemapMs;

    public static int Main(string[] args)
    {
        if (args.Length < 1 || !int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
        {
            Console.Error.WriteLine("usage: Blog.OutputBenchmarks <N> [discard|memory|fullfeed]");
            return 2;
        }
        var modes = args.Length > 1 ? [args[1]] : new[] { "discard", "memory" };
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;

        var sampler = new Thread(Sample) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();

        var data = new Synthetic(n);
        foreach (var mode in modes)
        {
            Func<Synthetic, long> run = mode switch
            {
                "discard" => d => Site(d, Discard),
                "memory" => d => Site(d, Buffered),
                "fullfeed" => FullFeed,
                _ => throw new ArgumentException($"unknown mode {mode}"),
            };
            Measure(n, mode, data, run, process, baseline);
        }
        _sampling = false;
        sampler.Join();
        return 0;
    }

    private static void Measure(int n, string mode, Synthetic data, Func<Synthetic, long> run, Process process, long baseline)
    {
        // Warm-up: at least one run and 2 s, so tiered JIT (with PGO) has reached its optimised code.
        var warmUp = Stopwatch.StartNew();
        do run(data); while (warmUp.Elapsed < TimeSpan.FromSeconds(2));
        var times = new List<double>();
        var split = new List<(double Feeds, double Sitemap)>();
        var allocs = new List<long>();
        long bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            bytes = run(data);
            watch.Stop();
            allocs.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            times.Add(watch.Elapsed.TotalMilliseconds);
            split.Add((_feedsMs, _sitemapMs));
        }
        process.Refresh();
        var best = times.Min();
        var (feedsMs, sitemapMs) = split[times.IndexOf(best)];
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        const double Mb = 1024 * 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT n={n} mode={mode} best_ms={best:F1} ms_per_1000={(n == 0 ? 0 : best * 1000 / n):F2} feeds_ms={feedsMs:F1} sitemap_ms={sitemapMs:F1} runs_ms={string.Join('/', times.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} " +
            $"output_mb={bytes / Mb:F1} alloc_mb_per_run={allocs.Min() / Mb:F1} peak_ws_mb={process.PeakWorkingSet64 / Mb:F1} baseline_ws_mb={baseline / Mb:F1} " +
            $"peak_heap_mb={Interlocked.Read(ref _peakHeap) / Mb:F1} last_gc_heap_mb={gc.HeapSizeBytes / Mb:F1} committed_mb={gc.TotalCommittedBytes / Mb:F1} " +
            $"gc012={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
    }

    /// <summary>Largest managed heap seen (sampled every millisecond).</summary>
    private static void Sample()
    {
        while (_sampling)
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref _peakHeap)) Interlocked.Exchange(ref _peakHeap, now);
            Thread.Sleep(1);
        }
    }

    /// <summary>Writes one file to a sink; returns its size.</summary>
    private delegate long Put(string path, Action<Stream> write);

    private static long Discard(string path, Action<Stream> write)
    {
        var sink = new CountingStream();
        write(sink);
        return sink.Length;
    }

    /// <summary>SitePublisher.PutAsync: a MemoryStream per file, rewound and handed to the upload (here copied to a counting stream).</summary>
    private static long Buffered(string path, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(new KeepOpenStream(buffer));
        buffer.Position = 0;
        var upload = new CountingStream();
        buffer.CopyTo(upload);
        return upload.Length;
    }

    private static long Site(Synthetic data, Put put)
    {
        long total = 0;
        var watch = Stopwatch.StartNew();
        // Main feeds: the newest Feed:Items rows, materialised (SitePublisher.EntriesAsync).
        var entries = data.Articles().Take(FeedItems).ToList();
        var channel = Channel("Inzicht", "Artikels over leiderschap en teams", Synthetic.BaseUrl + "/", Synthetic.BaseUrl + "/feed.xml", entries);
        total += put("atom.xml", s => AtomWriter.Write(s, channel with { SelfUrl = Synthetic.BaseUrl + "/atom.xml" }, entries));
        total += put("feed.json", s => JsonFeedWriter.Write(s, channel with { SelfUrl = Synthetic.BaseUrl + "/feed.json" }, entries));
        total += put("feed.xml", s => RssWriter.Write(s, channel, entries));

        // Tag feeds: one RSS per tag, the newest Feed:Items of its partition.
        foreach (var tag in Synthetic.Tags)
        {
            var tagEntries = data.NewestWithTag(tag, FeedItems);
            if (tagEntries.Count == 0) continue;
            var path = $"tags/{tag.Slug}/feed.xml";
            var tagChannel = Channel($"Inzicht: {tag.Name}", $"Artikels over {tag.Name}", $"{Synthetic.BaseUrl}/tags/{tag.Slug}", $"{Synthetic.BaseUrl}/{path}", tagEntries);
            total += put(path, s => RssWriter.Write(s, tagChannel, tagEntries));
        }

        _feedsMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        // Sitemap: SitePublisher.WriteSitemapAsync buffers every part, then uploads parts first, index last.
        if (put == Discard)
        {
            SitemapWriter.Write(data.SitemapUrls(), Synthetic.BaseUrl, _ => new SizeReporting(size => total += size));
        }
        else
        {
            // Pre-sized as SitePublisher does.
            var count = data.SitemapUrls().Count();
            var capacity = Math.Min(count, SitemapWriter.MaxUrlsPerFile) * (120 + Synthetic.BaseUrl.Length + 1 + 60);
            var files = new List<(string Name, MemoryStream Content)>();
            SitemapWriter.Write(data.SitemapUrls(), Synthetic.BaseUrl, name =>
            {
                var stream = new MemoryStream(name == "sitemap.xml" && count > SitemapWriter.MaxUrlsPerFile ? 4096 : capacity);
                files.Add((name, stream));
                return new KeepOpenStream(stream);
            });
            // As SitePublisher does: each part is uploaded from the buffer it was written to, then released.
            foreach (var (_, content) in files.OrderBy(f => f.Name == "sitemap.xml"))
            {
                using (content)
                {
                    content.Position = 0;
                    content.CopyTo(Stream.Null);
                    total += content.Length;
                }
            }
        }

        total += put("robots.txt", s => s.Write(Encoding.UTF8.GetBytes(RobotsTxt.For(Synthetic.BaseUrl))));
        _sitemapMs = watch.Elapsed.TotalMilliseconds;
        return total;
    }

    /// <summary>The extra row: every article in one feed of each format, full HTML, entries streamed.</summary>
    private static long FullFeed(Synthetic data)
    {
        var newest = data.Articles().Take(1).ToList();
        var channel = Channel("Inzicht", "Alle artikels", Synthetic.BaseUrl + "/", Synthetic.BaseUrl + "/feed.xml", newest);
        long total = 0;
        _feedsMs = _sitemapMs = 0;
        total += Discard("all.xml", s => RssWriter.Write(s, channel, data.Articles()));
        total += Discard("all-atom.xml", s => AtomWriter.Write(s, channel, data.Articles()));
        total += Discard("all.json", s => JsonFeedWriter.Write(s, channel, data.Articles()));
        return total;
    }

    private static FeedChannel Channel(string title, string description, string home, string self, List<FeedEntry> entries) =>
        new(title, description, "nl-BE", home, self, entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated), "Redactie");

    /// <summary>A counting stream that reports its size when the writer disposes it.</summary>
    private sealed class SizeReporting(Action<long> report) : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        protected override void Dispose(bool disposing)
        {
            if (disposing && _length >= 0) { report(_length); _length = -1; }
            base.Dispose(disposing);
        }
    }
}
