using Blog.Core;
using Blog.Core.Compilation;
using Blog.Core.Templates;

namespace Blog.Core.Tests.Support;

/// <summary>The site every core test renders with, and helpers to compile text.</summary>
internal static class TestSite
{
    public static readonly SiteOptions Options = new()
    {
        BaseUrl = "https://blog.example.be/",
        Title = "Inzicht",
        Description = "Artikels over leiderschap, interim management en rekrutering",
        Language = "nl-BE",
        Author = "De redactie",
        TimeZone = "Europe/Brussels",
    };

    public static readonly Theme Theme = Theme.Load();

    public static ArticleCompiler Compiler(int maxBytes = 1024 * 1024) =>
        new(Options, new IngestOptions { MaxArticleBytes = maxBytes }, new PageRenderer(Options, Theme));

    public static readonly DateTimeOffset FirstSeen = new(2025, 11, 20, 8, 0, 0, TimeSpan.Zero);

    public static CompiledArticle Compile(string markdown, string blobName = "test-artikel.md", IReadOnlyDictionary<string, string>? slugs = null)
    {
        var compiler = Compiler();
        var parsed = compiler.Parse(blobName, System.Text.Encoding.UTF8.GetBytes(markdown));
        return compiler.Render(parsed, FirstSeen, FirstSeen, slugs ?? new Dictionary<string, string>());
    }

    public static CompiledArticle CompileBody(string body) => Compile($"---\ntitle: Test\n---\n{body}\n");

    public static string Fixture(params string[] path) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "Fixtures", .. path]));
}
