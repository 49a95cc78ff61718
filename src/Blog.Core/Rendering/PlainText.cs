using System.Text;
using Markdig.Syntax.Inlines;

namespace Blog.Core.Rendering;

/// <summary>The readable text of Markdown inlines: for summaries and the table of contents.</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        // Collapsed while appended: the same text as Collapse(all of it), in one buffer.
        var sb = new StringBuilder();
        var space = false;
        Append(container, sb, ref space);
        return sb.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder sb, ref bool space)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: AppendCollapsed(literal.Content.AsSpan(), sb, ref space); break;
                case CodeInline code: AppendCollapsed(code.Content, sb, ref space); break;
                case LineBreakInline: space = sb.Length > 0; break;
                case HtmlEntityInline entity: AppendCollapsed(entity.Transcoded.AsSpan(), sb, ref space); break;
                case AutolinkInline link: AppendCollapsed(link.Url, sb, ref space); break;
                case ContainerInline nested: Append(nested, sb, ref space); break;
            }
        }
    }

    private static void AppendCollapsed(ReadOnlySpan<char> text, StringBuilder sb, ref bool space)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
    }

    /// <summary>Whitespace runs become one space.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        AppendCollapsed(text, sb, ref space);
        return sb.ToString();
    }

    /// <summary>Cuts at a word boundary so the result, with its ellipsis, is at most <paramref name="max"/> chars.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text[..(max - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > max / 2) cut = cut[..lastSpace];
        return cut.TrimEnd(' ', ',', ';', ':', '.', '-') + "…";
    }
}
