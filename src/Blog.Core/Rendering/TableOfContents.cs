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
        Collect(document, entries);
        return entries;
    }

    // Every heading in document order, nested ones (in quotes and lists) too; a plain walk of the
    // blocks is several times cheaper than Markdig's Descendants<HeadingBlock>() iterators.
    private static void Collect(ContainerBlock container, List<TocEntry> entries)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case ContainerBlock nested:
                    Collect(nested, entries);
                    break;
                case HeadingBlock { Level: >= 2 and <= 3 } heading:
                    var id = heading.TryGetAttributes()?.Id;
                    var text = PlainText.Of(heading.Inline);
                    if (!string.IsNullOrEmpty(id) && text.Length > 0)
                        entries.Add(new TocEntry(heading.Level, id, text));
                    break;
            }
        }
    }
}
