using Blog.Core.Model;
using Microsoft.AspNetCore.Http;

namespace Blog.Functions.Http;

/// <summary>
/// Paging of the HTML listings. Cursors only go forward, so each next link carries the cursors
/// of the pages before it (at most <see cref="MaxBack"/>) to make a working <c>rel="prev"</c>.
/// </summary>
public sealed record ListingRequest(string? Cursor, string? After, IReadOnlyList<string> Back)
{
    public const int PageSize = 10;
    public const int MaxBack = 10;

    /// <summary>Null when the cursor is not one we gave out.</summary>
    public static ListingRequest? Parse(HttpRequest request, ListingCursor cursors)
    {
        var cursor = request.Query["cursor"].ToString();
        if (cursor.Length == 0) return new ListingRequest(null, null, []);
        if (!cursors.TryDecode(cursor, out var after)) return null;
        var back = request.Query["back"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Where(c => cursors.TryDecode(c, out _)).TakeLast(MaxBack).ToList();
        return new ListingRequest(cursor, after, back);
    }

    public string Canonical(string baseUrl) => Cursor is null ? baseUrl : $"{baseUrl}?cursor={Cursor}";

    public string? PrevUrl(string baseUrl) =>
        Cursor is null ? null
        : Back.Count == 0 ? baseUrl
        : Link(baseUrl, Back[^1], Back.Take(Back.Count - 1));

    public string? NextUrl(string baseUrl, string? nextCursor) =>
        nextCursor is null ? null : Link(baseUrl, nextCursor, Cursor is null ? [] : Back.Append(Cursor).TakeLast(MaxBack));

    private static string Link(string baseUrl, string cursor, IEnumerable<string> back)
    {
        var list = string.Join(',', back);
        return list.Length == 0 ? $"{baseUrl}?cursor={cursor}" : $"{baseUrl}?cursor={cursor}&back={list}";
    }
}
