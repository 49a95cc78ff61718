using Blog.Core.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Core.Rendering;

/// <summary>The table of contents: the article's level 2 and 3 headings with their generated ids.</summary>
internal static class TableOfContents
{
    public static IReadOnlyList<TocEntry> Build(MarkdownDocument document)
    {
        var entries = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level is < 2 or > 3) continue;
            var id = heading.TryGetAttributes()?.Id;
            var text = PlainText.Of(heading.Inline);
            if (!string.IsNullOrEmpty(id) && text.Length > 0)
                entries.Add(new TocEntry(heading.Level, id, text));
        }
        return entries;
    }
}
