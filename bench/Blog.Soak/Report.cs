using System.Globalization;

namespace Blog.Soak;

internal static class Report
{
    public static void Print(List<(string Route, int Status, double Ms)> results, List<(TimeSpan At, long Bytes)> memory,
        TimeSpan elapsed, int rate, int late, int uploads, List<string> unsettled)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Soak: {elapsed.TotalMinutes:0.0} min, target {rate} reads/s, achieved {results.Count / elapsed.TotalSeconds:0.0}/s, {late} ticks skipped (256 in flight)"));
        Console.WriteLine(string.Create(c, $"Uploads and edits: {uploads}; not Published one minute after the end: {unsettled.Count} {string.Join(' ', unsettled.Take(5))}"));
        Console.WriteLine("Statuses: " + string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key)}: {g.Count()}")));
        Console.WriteLine();
        Console.WriteLine("| route | requests | p50 ms | p90 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Route).OrderBy(g => g.Key, StringComparer.Ordinal).Append(results.GroupBy(_ => "all").Single()))
        {
            var ms = group.Select(r => r.Ms).Order().ToArray();
            Console.WriteLine(string.Create(c, $"| `{group.Key}` | {ms.Length} | {P(ms, 0.50):0.0} | {P(ms, 0.90):0.0} | {P(ms, 0.99):0.0} | {ms[^1]:0.0} |"));
        }
        Console.WriteLine();
        Console.WriteLine("Host working set (MB) every 15 s: " + string.Join(" ", memory.Select(m => (m.Bytes / 1048576.0).ToString("0", c))));
        Console.WriteLine(string.Create(c, $"Start {memory[0].Bytes / 1048576.0:0} MB, end {memory[^1].Bytes / 1048576.0:0} MB, max {memory.Max(m => m.Bytes) / 1048576.0:0} MB"));
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
