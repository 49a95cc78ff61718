using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Core.Tests.Support;

/// <summary>
/// Parses rendered HTML as a browser would and lists everything that could run script:
/// elements outside what Markdown produces, any event-handler or style attribute, and any
/// link or image target outside http, https, mailto and fragments.
/// </summary>
internal static class HtmlAudit
{
    private static readonly HashSet<string> BodyElements =
    [
        "p", "a", "img", "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
        "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
        "figure", "figcaption", "div", "section", "input", "span",
    ];

    private static readonly HashSet<string> Attributes = ["href", "src", "alt", "title", "id", "class", "start", "disabled", "type", "checked", "style", "aria-label"];

    public static IReadOnlyList<string> Problems(string bodyHtml)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + bodyHtml + "</body></html>");
        var problems = new List<string>();
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            var name = element.LocalName;
            if (!BodyElements.Contains(name)) problems.Add($"element <{name}>");
            if (name == "input" && element.GetAttribute("type") != "checkbox") problems.Add("input that is not a task-list checkbox");
            foreach (var attribute in element.Attributes)
            {
                if (!Attributes.Contains(attribute.Name) || attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"attribute {attribute.Name} on <{name}>");
                if (attribute.Name == "style" && !(name is "th" or "td" && attribute.Value.StartsWith("text-align:", StringComparison.Ordinal)))
                    problems.Add($"style on <{name}>");
                if (attribute.Name is "href" or "src" && !SafeTarget(attribute.Value))
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\" on <{name}>");
            }
        }
        return problems;
    }

    private static bool SafeTarget(string url) =>
        url.StartsWith('#') || url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)
        || url.StartsWith("mailto:", StringComparison.Ordinal);
}
