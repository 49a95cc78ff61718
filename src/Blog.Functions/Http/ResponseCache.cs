using System.Collections.Concurrent;

namespace Blog.Functions.Http;

/// <summary>A built response body with its validators, as <see cref="ResponseCache"/> keeps it.</summary>
public sealed record CachedBody(byte[] Body, string ETag, DateTimeOffset LastModified)
{
    public static CachedBody Create(byte[] body, DateTimeOffset lastModified) => new(body, Conditional.ETag(body), lastModified);
}

/// <summary>
/// Keeps the read routes' built bodies (listing pages, article JSON, the home page) for
/// <see cref="Lifetime"/>. A Table query costs about a millisecond and Azurite answers on one
/// thread, so a route that queries storage on every request serves a fraction of what Kestrel can
/// (docs/load.md). The trade-off is staleness: a published, edited or removed article reaches these
/// routes up to <see cref="Lifetime"/> later on each instance, on top of the max-age the responses
/// already give browsers and CDNs. Cached entries keep their ETag, so a hit still answers 304.
/// </summary>
public sealed class ResponseCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    // Cursors make the key space unbounded: past this, start again rather than grow.
    private const int MaxEntries = 2048;

    private readonly ConcurrentDictionary<string, (CachedBody Value, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    /// <summary>The live entry for <paramref name="key"/>, or <paramref name="build"/>'s result (null is not cached).</summary>
    public async Task<CachedBody?> GetOrBuildAsync(string key, Func<Task<CachedBody?>> build)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var hit) && hit.Expires > now) return hit.Value;
        var value = await build();
        if (value is null)
        {
            _entries.TryRemove(key, out _);
            return null;
        }
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (value, now + Lifetime);
        return value;
    }
}
