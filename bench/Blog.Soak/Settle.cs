using System.Net.Http.Json;
using System.Text.Json;

namespace Blog.Soak;

internal static class Settle
{
    /// <summary>The uploads not yet Published once <paramref name="timeout"/> has passed (empty when all are).</summary>
    public static async Task<List<string>> WaitAsync(HttpClient http, IReadOnlyCollection<string> uploads, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>("/api/admin/status");
            var published = status.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("status").GetString() == "Published")
                .Select(i => i.GetProperty("blob").GetString()!).ToHashSet(StringComparer.Ordinal);
            var missing = uploads.Where(u => !published.Contains(u)).ToList();
            if (missing.Count == 0 || DateTime.UtcNow > deadline) return missing;
            await Task.Delay(1000);
        }
    }
}
