namespace Blog.Soak;

internal sealed record Route(string Name, string Path);

internal static class Routes
{
    /// <summary>What readers, crawlers and feed readers ask for, weighted roughly like a blog's traffic.</summary>
    public static Route[] Mixed(string[] slugs)
    {
        var routes = new List<Route>();
        for (var i = 0; i < slugs.Length; i++)
        {
            routes.Add(new("/articles/{slug}", $"/articles/{slugs[i]}"));
            routes.Add(new("/articles/{slug}", $"/articles/{slugs[(i * 7) % slugs.Length]}"));
            routes.Add(new("/api/articles/{slug}", $"/api/articles/{slugs[i]}"));
            routes.Add(new("/", "/"));
            routes.Add(new("/api/articles", "/api/articles?pageSize=20"));
            if (i % 2 == 0) routes.Add(new("/feed.xml", "/feed.xml"));
            if (i % 3 == 0) routes.Add(new("/tags/{tag}", "/tags/leiderschap"));
            if (i % 5 == 0) routes.Add(new("/sitemap.xml", "/sitemap.xml"));
            if (i % 5 == 0) routes.Add(new("/api/tags", "/api/tags"));
            if (i % 10 == 0) routes.Add(new("/articles/{missing}", "/articles/bestaat-niet"));
        }
        return [.. routes];
    }

    public static string Article(int i, string blob) =>
        $"---\ntitle: \"Soak {blob} versie {i}\"\ndate: 2026-01-01T08:00:00\ntags: [leiderschap, soak]\n---\n\n" +
        string.Concat(Enumerable.Repeat($"Versie {i}: een alinea over leiderschap onder druk en wat een interim manager dan doet.\n\n", 12));
}
