using System.Text;
using Markdig.Syntax.Inlines;

namespace Blog.Core.Rendering;

/// <summary>The readable text of Markdown inlines: for summaries and the table of contents.</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return Collapse(sb.ToString());
    }

    private static void Append(ContainerInline? container, StringBuilder sb)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline link: sb.Append(link.Url); break;
                case ContainerInline nested: Append(nested, sb); break;
            }
        }
    }

    /// <summary>Whitespace runs become one space.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
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
