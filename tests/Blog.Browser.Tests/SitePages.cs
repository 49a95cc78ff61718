namespace Blog.Browser.Tests;

/// <summary>The pages a reader meets, by the name the tests and screenshots use.</summary>
public static class SitePages
{
    public sealed record SitePage(string Path, int Status, string Screenshot);

    public static readonly IReadOnlyDictionary<string, SitePage> ByName = new Dictionary<string, SitePage>
    {
        ["home"] = new("/", 200, "home"),
        ["tag"] = new("/tags/governance", 200, "tag-governance"),
        ["article"] = new("/articles/interim-cfo-eerste-100-dagen", 200, "article-interim-cfo-eerste-100-dagen"),
        ["not-found"] = new("/bestaat-niet", 404, "not-found"),
    };

    public static TheoryData<string> Names => [.. ByName.Keys];

    public static TheoryData<string, string> NamesInBothColorSchemes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in ByName.Keys)
            {
                data.Add(name, "light");
                data.Add(name, "dark");
            }
            return data;
        }
    }
}
