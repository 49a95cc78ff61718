using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Blog.Core.FrontMatter;

/// <summary>
/// Reads front matter YAML from the parser's event stream with hard limits, so hostile input is
/// refused in microseconds: no anchors or aliases (the "billion laughs" bomb needs them), at most
/// <see cref="MaxDepth"/> levels and <see cref="MaxNodes"/> nodes, one document.
/// </summary>
internal static class SafeYamlReader
{
    public const int MaxDepth = 8;
    public const int MaxNodes = 5_000;

    public static YamlNode? Read(string yaml, int firstLine)
    {
        var lineOffset = firstLine - 1;
        var nodes = 0;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0, lineOffset, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new ArticleException($"front matter line {LineOf(parser.Current!, lineOffset)}: only one YAML document is allowed");
            return root;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            // YamlDotNet prefixes its messages with "(Line: x, Col: y, Idx: z) - (...): ".
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            if (cut >= 0) message = message[(cut + 3)..];
            throw new ArticleException($"front matter line {ex.Start.Line + lineOffset}: YAML syntax error: {message.TrimEnd('.')}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some unterminated structures (an unclosed '[') this way, without a position.
            throw new ArticleException($"front matter line {firstLine}: YAML syntax error: a list '[' or map '{{' is never closed, or the indentation is off", ex);
        }
    }

    private static YamlNode ReadNode(IParser parser, int depth, int lineOffset, ref int nodes)
    {
        var current = parser.Current ?? throw new ArticleException("front matter: unexpected end of YAML");
        var line = LineOf(current, lineOffset);
        if (++nodes > MaxNodes)
            throw new ArticleException($"front matter line {line}: more than {MaxNodes} YAML values: front matter holds metadata, not content");
        if (current is AnchorAlias)
            throw new ArticleException($"front matter line {line}: YAML aliases (*name) are not allowed in front matter: write the value out");
        if (current is NodeEvent { Anchor.IsEmpty: false })
            throw new ArticleException($"front matter line {line}: YAML anchors (&name) are not allowed in front matter: write the value out");
        if (depth > MaxDepth)
            throw new ArticleException($"front matter line {line}: nested deeper than {MaxDepth} levels");

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(line, scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadNode(parser, depth + 1, lineOffset, ref nodes));
                return new YamlSequence(line, items);
            }
            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (ReadNode(parser, depth + 1, lineOffset, ref nodes) is not YamlScalar key)
                        throw new ArticleException($"front matter line {line}: a key must be a plain name");
                    entries.Add(new(key, ReadNode(parser, depth + 1, lineOffset, ref nodes)));
                }
                return new YamlMapping(line, entries);
            }
            default:
                throw new ArticleException($"front matter line {line}: unexpected YAML ({current.GetType().Name})");
        }
    }

    private static int LineOf(ParsingEvent e, int lineOffset) => (int)e.Start.Line + lineOffset;
}
