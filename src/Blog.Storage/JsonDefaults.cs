using System.Text.Json;

namespace Blog.Storage;

/// <summary>camelCase JSON for everything the storage layer serialises.</summary>
internal static class JsonDefaults
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
