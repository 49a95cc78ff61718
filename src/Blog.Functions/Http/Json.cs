using System.Text.Encodings.Web;
using System.Text.Json;

namespace Blog.Functions.Http;

/// <summary>The JSON of every API response: camelCase, nulls written (the contract shows them).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public const string ContentType = "application/json; charset=utf-8";
}
