using BenchmarkDotNet.Attributes;
using Blog.Core;
using Blog.Core.Compilation;
using Blog.Core.Rendering;
using Blog.Core.Templates;
using Ganss.Xss;
using Markdig;

namespace Blog.Benchmarks;

/// <summary>
/// The whole render step of one long Dutch article against bare Markdig. The baseline is Markdig
/// with exactly the site's extensions, so the ratio of the render step is what front matter,
/// link safety and rewriting, table of contents, summary and the Liquid page cost on top.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    // In a folder, so the article's "../2024/..." links resolve inside the container as they would live.
    private const string BlobName = "2025/lang-artikel.md";

    private static readonly DateTimeOffset FirstSeen = new(2025, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private byte[] _file = [];
    private string _body = "";
    private MarkdownPipeline _pipeline = null!;
    private ArticleCompiler _compiler = null!;
    private HtmlSanitizer _sanitizer = null!;
    private Dictionary<string, string> _slugs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _file = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Articles", "lang-artikel.md"));
        _body = BodyOf(System.Text.Encoding.UTF8.GetString(_file));
        _pipeline = BlogMarkdown.CreatePipeline();

        var site = new SiteOptions
        {
            BaseUrl = "https://blog.example.be/",
            Title = "Inzicht",
            Description = "Artikels over leiderschap, interim management en rekrutering",
            Language = "nl-BE",
            Author = "De redactie",
            TimeZone = "Europe/Brussels",
        };
        _compiler = new ArticleCompiler(site, new IngestOptions(), new PageRenderer(site, Theme.Load()));
        _sanitizer = new HtmlSanitizer();
        // As storage would pass them: the slugs of the linked articles it knows.
        _slugs = new Dictionary<string, string>
        {
            ["2025/interim-managers.md"] = "interim-managers",
            ["2024/opvolgingsplanning.md"] = "opvolgingsplanning",
        };

        // Measure the real path, not an early failure: a whole page with its links rewritten.
        var page = WholeRenderStep();
        if (!page.Contains("href=\"https://blog.example.be/articles/interim-managers\"", StringComparison.Ordinal) || !page.Contains("</html>", StringComparison.Ordinal))
            throw new InvalidOperationException("The render step did not produce the expected page.");
    }

    // Declared in the order they run: the render step right after its baseline, so the load of a
    // shared machine drifts as little as possible between the two rows that make the ratio.
    [Benchmark(Baseline = true, Description = "Markdig, site extensions")]
    public string MarkdigSiteExtensions() => Markdown.ToHtml(_body, _pipeline);

    [Benchmark(Description = "ArticleCompiler Parse+Render (page)")]
    public string WholeRenderStep()
    {
        var parsed = _compiler.Parse(BlobName, _file);
        return _compiler.Render(parsed, FirstSeen, FirstSeen, _slugs).PageHtml;
    }

    [Benchmark(Description = "Markdig, default pipeline")]
    public string MarkdigDefault() => Markdown.ToHtml(_body);

    [Benchmark(Description = "Markdig + HtmlSanitizer")]
    public string MarkdigThenSanitizer() => _sanitizer.Sanitize(Markdown.ToHtml(_body, _pipeline));

    /// <summary>The Markdown after the closing <c>---</c> of the front matter.</summary>
    private static string BodyOf(string text)
    {
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return close < 0 ? throw new InvalidOperationException("The benchmark article has no front matter.") : text[(close + 5)..];
    }
}
