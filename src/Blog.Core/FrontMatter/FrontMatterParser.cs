using System.Buffers;
using Blog.Core.Rendering;
using Blog.Core.Text;

namespace Blog.Core.FrontMatter;

/// <summary>
/// Validates front matter against the contract's keys, with Hugo's names and aliases
/// (<c>updated</c>, <c>description</c>, <c>categories</c>; keys are case-insensitive as in Hugo).
/// Unknown keys are ignored so Hugo and Jekyll content uploads as it is; known keys are strict.
/// Every error names the line and the field.
/// </summary>
public sealed class FrontMatterParser(TimeZoneInfo siteZone)
{
    public const int MaxTitleLength = 300;

    // char.IsControl (U+0000–U+001F, U+007F–U+009F) except the line feed and the tab.
    private static readonly SearchValues<char> ControlChars = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\t'))]);

    public ArticleDocument Parse(ReadOnlySpan<char> text)
    {
        var (yaml, body, bodyFirstLine) = FrontMatterSplitter.Split(text);
        var root = SafeYamlReader.Read(yaml, firstLine: 2);
        if (root is null)
            throw Error(2, "title", "is missing: every article needs a title");
        if (root is not YamlMapping mapping)
            throw Error(root.Line, "front matter", "must be a list of 'key: value' lines");

        var fields = Index(mapping);
        var title = RequiredString(fields, "title", MaxTitleLength);
        var matter = new ArticleFrontMatter
        {
            Title = title,
            Date = Date(fields, "date"),
            LastMod = Date(fields, "lastmod", "updated"),
            Slug = SlugField(fields),
            Summary = OptionalString(fields, 2000, "summary", "description"),
            Tags = StringList(fields, splitCommas: true, "tags", "categories"),
            Author = OptionalString(fields, 200, "author"),
            Draft = Bool(fields, "draft"),
            ExpiryDate = Date(fields, "expirydate"),
            Aliases = AliasList(fields),
            Image = ImageField(fields),
        };
        return new ArticleDocument(matter, body, bodyFirstLine);
    }

    private static Dictionary<string, (string Key, YamlNode Value)> Index(YamlMapping mapping)
    {
        var fields = new Dictionary<string, (string, YamlNode)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Entries)
        {
            if (fields.TryGetValue(key.Value, out var earlier))
                throw Error(key.Line, key.Value, $"appears twice (first on line {earlier.Item2.Line}): keep one");
            fields[key.Value] = (key.Value, value);
        }
        return fields;
    }

    private static (string Key, YamlNode Node)? Find(Dictionary<string, (string Key, YamlNode Value)> fields, params string[] names)
    {
        foreach (var name in names)
            if (fields.TryGetValue(name, out var found) && !IsNull(found.Value))
                return found;
        return null;
    }

    private static bool IsNull(YamlNode node) => node is YamlScalar { Quoted: false, Value: "" or "~" or "null" or "Null" or "NULL" };

    private static string RequiredString(Dictionary<string, (string, YamlNode)> fields, string name, int maxLength)
    {
        var value = OptionalString(fields, maxLength, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            var line = fields.TryGetValue(name, out var f) ? f.Item2.Line : 2;
            throw Error(line, name, "is missing or empty: every article needs a title");
        }
        return value!;
    }

    private static string? OptionalString(Dictionary<string, (string, YamlNode)> fields, int maxLength, params string[] names)
    {
        if (Find(fields, names) is not var (key, node)) return null;
        if (node is not YamlScalar scalar)
            throw Error(node.Line, key, "must be text, not a list or a map");
        var value = scalar.Value.Trim();
        if (value.Length > maxLength)
            throw Error(node.Line, key, $"is {value.Length} characters long; the limit is {maxLength}");
        if (value.AsSpan().ContainsAny(ControlChars))
            throw Error(node.Line, key, "contains control characters");
        return value.Length == 0 ? null : value;
    }

    private DateTimeOffset? Date(Dictionary<string, (string, YamlNode)> fields, params string[] names)
    {
        if (Find(fields, names) is not var (key, node)) return null;
        if (node is not YamlScalar scalar)
            throw Error(node.Line, key, "must be a date such as 2025-11-20 or 2025-11-20T09:00:00+01:00");
        if (!DateValue.TryParse(scalar.Value, siteZone, out var value, out var problem))
            throw Error(node.Line, key, $"'{Shorten(scalar.Value)}' {problem}");
        return value;
    }

    private static bool Bool(Dictionary<string, (string, YamlNode)> fields, string name)
    {
        if (Find(fields, name) is not var (key, node)) return false;
        return node is YamlScalar { Quoted: false } scalar && scalar.Value.ToLowerInvariant() is "true" or "false"
            ? scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase)
            : throw Error(node.Line, key, $"must be true or false, not '{Shorten((node as YamlScalar)?.Value ?? "a list")}'");
    }

    private static List<string> StringList(Dictionary<string, (string, YamlNode)> fields, bool splitCommas, params string[] names)
    {
        var values = new List<string>();
        foreach (var name in names)
        {
            if (Find(fields, name) is not var (key, node)) continue;
            IEnumerable<YamlNode> items = node is YamlSequence seq ? seq.Items : [node];
            foreach (var item in items)
            {
                if (item is not YamlScalar scalar)
                    throw Error(item.Line, key, "must be a list of words or one comma-separated text");
                var parts = splitCommas && node is YamlScalar ? scalar!.Value.Split(',') : [scalar!.Value];
                foreach (var part in parts)
                {
                    var value = part.Trim();
                    if (value.Length > 100) throw Error(item.Line, key, $"'{Shorten(value)}' is longer than 100 characters");
                    if (value.Length > 0) values.Add(value);
                }
            }
        }
        return values;
    }

    /// <summary>An explicit slug is one URL segment; it is normalised (Één → een) but never a path.</summary>
    private static string? SlugField(Dictionary<string, (string, YamlNode)> fields)
    {
        if (OptionalString(fields, 200, "slug") is not { } raw) return null;
        var line = fields["slug"].Item2.Line;
        if (raw.Contains('/', StringComparison.Ordinal) || raw.Contains('\\', StringComparison.Ordinal) || raw.Contains("..", StringComparison.Ordinal))
            throw Error(line, "slug", $"'{Shorten(raw)}' must be one URL segment such as 'interim-managers', not a path");
        var slug = Slug.From(raw);
        return slug.Length > 0 ? slug : throw Error(line, "slug", $"'{Shorten(raw)}' has no letters or digits to make a URL from");
    }

    /// <summary>Aliases are old site paths (<c>/2019/old-post/</c>), stored without a trailing slash.</summary>
    private static List<string> AliasList(Dictionary<string, (string, YamlNode)> fields)
    {
        var aliases = new List<string>();
        foreach (var alias in StringList(fields, splitCommas: false, "aliases"))
        {
            var kind = UrlPolicy.Classify(alias);
            var path = kind == UrlKind.Relative ? "/" + alias : alias;
            if (kind is not (UrlKind.Relative or UrlKind.RootRelative) || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal)
                || path.IndexOfAny(['?', '#']) >= 0)
                throw Error(fields["aliases"].Item2.Line, "aliases", $"'{Shorten(alias)}' must be a path on this site such as /2019/old-post/");
            path = path.TrimEnd('/');
            if (path.Length > 0 && !aliases.Contains(path)) aliases.Add(path);
        }
        return aliases;
    }

    private static string? ImageField(Dictionary<string, (string, YamlNode)> fields)
    {
        if (OptionalString(fields, 2000, "image") is not { } image) return null;
        return UrlPolicy.Classify(image) is UrlKind.Unsafe or UrlKind.Fragment
            ? throw Error(fields["image"].Item2.Line, "image", $"'{Shorten(image)}' must be a relative path or an http(s) URL")
            : image;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static ArticleException Error(int line, string field, string problem) =>
        new($"front matter line {line}, '{field}': {problem}");
}
