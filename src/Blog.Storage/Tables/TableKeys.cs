using System.Globalization;
using System.Text;

namespace Blog.Storage.Tables;

/// <summary>
/// Table keys. RowKey forbids <c>/ \ # ?</c> and control characters, but blob names have folders,
/// so names are percent-escaped (readable and reversible, and they sort as the names do).
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '%' or '/' or '\\' or '#' or '?' || char.IsControl(c))
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Unescape(string key) => Uri.UnescapeDataString(key);

    /// <summary>Sorts newest first: ticks counted down from the end of time, then the slug to break ties.</summary>
    public static string NewestFirst(DateTimeOffset date, string slug) =>
        (DateTimeOffset.MaxValue.UtcTicks - date.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + slug;
}
