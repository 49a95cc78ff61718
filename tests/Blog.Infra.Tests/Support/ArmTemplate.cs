using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Blog.Infra.Tests.Support;

/// <summary>
/// A compiled ARM template, with the templates of its modules (nested deployments). Resolves the
/// simplest expressions, <c>[parameters('x')]</c> and <c>[variables('x')]</c>, through module
/// boundaries to the values and defaults a deployment would use; leaves any other expression as text.
/// </summary>
internal sealed partial class ArmTemplate
{
    private readonly JsonObject template;
    private readonly ArmTemplate? parent;
    private readonly JsonObject? passedParameters;

    private ArmTemplate(JsonObject template, ArmTemplate? parent, JsonObject? passedParameters)
    {
        this.template = template;
        this.parent = parent;
        this.passedParameters = passedParameters;
    }

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new FormatException("An ARM template is a JSON object."), null, null);

    public string Schema => (string?)template["$schema"] ?? "";

    public JsonObject Parameters => template["parameters"] as JsonObject ?? [];

    public JsonObject Outputs => template["outputs"] as JsonObject ?? [];

    /// <summary>Every resource of this template and, depth first, of its modules.</summary>
    public IEnumerable<ArmResource> Resources
    {
        get
        {
            foreach (var json in OwnResources())
            {
                var resource = new ArmResource(json, this);
                yield return resource;
                if (resource.Is("Microsoft.Resources/deployments") && json["properties"]?["template"] is JsonObject nested)
                {
                    var module = new ArmTemplate(nested, this, json["properties"]?["parameters"] as JsonObject);
                    foreach (var inner in module.Resources)
                        yield return inner;
                }
            }
        }
    }

    public IEnumerable<ArmResource> OfType(string type) => Resources.Where(r => r.Is(type));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    public JsonNode? Resolve(JsonNode? value)
    {
        if (value is not JsonValue scalar || !scalar.TryGetValue<string>(out var text))
            return value;

        var parameter = ParameterReference().Match(text);
        if (parameter.Success)
            return ResolveParameter(parameter.Groups["name"].Value);

        var variable = VariableReference().Match(text);
        if (variable.Success)
            return Resolve(template["variables"]?[variable.Groups["name"].Value]);

        return value;
    }

    private JsonNode? ResolveParameter(string name)
    {
        if (parent is not null && passedParameters?[name] is JsonObject passed && passed.ContainsKey("value"))
            return parent.Resolve(passed["value"]);
        return Resolve(template["parameters"]?[name]?["defaultValue"]);
    }

    private IEnumerable<JsonObject> OwnResources() => template["resources"] switch
    {
        JsonArray list => list.OfType<JsonObject>(),
        // languageVersion 2.0 templates key resources by symbolic name.
        JsonObject named => named.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[variables\('(?<name>[^']+)'\)\]$")]
    private static partial Regex VariableReference();
}

internal sealed partial class ArmResource(JsonObject json, ArmTemplate template)
{
    public JsonObject Json => json;

    public string Type => (string?)json["type"] ?? "";

    public string Name => (string?)json["name"] ?? "";

    public bool Is(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A value by dotted path from the resource root, resolved at every step.</summary>
    public JsonNode? Get(string path)
    {
        JsonNode? node = json;
        foreach (var segment in path.Split('.'))
        {
            node = template.Resolve(node);
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return template.Resolve(node);
    }

    public string? Text(string path) => Get(path) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    public bool? Bool(string path) => Get(path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public int? Int(string path) => Get(path) is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>Resolved name-value pairs of an object property, such as app settings.</summary>
    public IReadOnlyDictionary<string, string> Map(string path) =>
        (Get(path) as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => template.Resolve(p.Value) switch
            {
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                var other => other?.ToJsonString() ?? "",
            });

    /// <summary>For a resource in a copy loop over a variable: the loop's items, resolved.</summary>
    public IReadOnlyList<string> LoopItems()
    {
        Assert.True(json.ContainsKey("copy"), $"{Type} is not in a copy loop.");
        var source = LoopSource().Match(Name);
        Assert.True(source.Success, $"{Type} loops over something other than a variable: {Name}");
        var items = template.Resolve(JsonValue.Create($"[variables('{source.Groups["name"].Value}')]")) as JsonArray ?? [];
        return [.. items.Select(item => (string?)template.Resolve(item) ?? "")];
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)\[copyIndex\(\)\]")]
    private static partial Regex LoopSource();
}
