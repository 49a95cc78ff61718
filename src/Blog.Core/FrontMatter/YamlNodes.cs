namespace Blog.Core.FrontMatter;

/// <summary>
/// The small YAML tree front matter needs: scalars, sequences and mappings with their line
/// (in the article file). Built by <see cref="SafeYamlReader"/> without anchors or aliases.
/// </summary>
internal abstract record YamlNode(int Line);

internal sealed record YamlScalar(int Line, string Value, bool Quoted) : YamlNode(Line);

internal sealed record YamlSequence(int Line, IReadOnlyList<YamlNode> Items) : YamlNode(Line);

internal sealed record YamlMapping(int Line, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Line);
