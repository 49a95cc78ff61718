using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Core.Model;

/// <summary>
/// The opaque <c>nextCursor</c> of listings: the last row key of a page, base64url-encoded with
/// a keyed checksum, so a cursor that was edited or made up is refused (400) instead of read.
/// </summary>
public sealed partial class ListingCursor(string key)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    [GeneratedRegex(@"^\d{19}_[a-z0-9-]{1,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex RowKeyShape();

    public string Encode(string rowKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(rowKey + "." + Checksum(rowKey)));

    public bool TryDecode(string? cursor, out string rowKey)
    {
        rowKey = "";
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 200) return false;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(cursor); }
        catch (FormatException) { return false; }
        var text = Encoding.UTF8.GetString(bytes);
        var dot = text.LastIndexOf('.');
        if (dot < 0) return false;
        var candidate = text[..dot];
        if (!RowKeyShape().IsMatch(candidate) || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(text[(dot + 1)..]), Encoding.ASCII.GetBytes(Checksum(candidate))))
            return false;
        rowKey = candidate;
        return true;
    }

    private string Checksum(string rowKey) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(rowKey)).AsSpan(0, 8));
}
