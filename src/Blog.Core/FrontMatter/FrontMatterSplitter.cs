namespace Blog.Core.FrontMatter;

/// <summary>Finds the YAML block between the leading <c>---</c> lines (text is LF-only here).</summary>
internal static class FrontMatterSplitter
{
    public static (string Yaml, string Body, int BodyFirstLine) Split(ReadOnlySpan<char> text)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd();
        if (firstLine is "+++")
            throw new ArticleException("line 1: TOML front matter (+++) is not supported: convert it to YAML between '---' lines");
        if (firstLine is not "---")
            throw new ArticleException("line 1: no front matter: start the file with a line '---', then 'title: ...', then a closing '---'");

        var line = 2;
        var pos = firstLineEnd + 1;
        while (firstLineEnd >= 0 && pos <= text.Length)
        {
            var rest = text[pos..];
            var end = rest.IndexOf('\n');
            var current = (end < 0 ? rest : rest[..end]).TrimEnd();
            if (current is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..pos].ToString();
                var body = end < 0 ? "" : rest[(end + 1)..].ToString();
                return (yaml, body, line + 1);
            }
            if (end < 0) break;
            pos += end + 1;
            line++;
        }
        throw new ArticleException("line 1: the front matter is never closed: add a line '---' after the last field");
    }
}
