using System.Globalization;
using System.Text;
using System.Xml;

namespace Blog.Core.Syndication;

/// <summary>Text and dates as XML feeds need them.</summary>
public static class XmlText
{
    /// <summary>Drops the characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF), so one bad title never breaks a feed.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var firstBad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsValidAt(value, i)) { firstBad = i; break; }
            if (char.IsHighSurrogate(value[i])) i++;
        }
        if (firstBad < 0) return value;
        var sb = new StringBuilder(value.Length);
        sb.Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            if (!IsValidAt(value, i)) continue;
            sb.Append(value[i]);
            if (char.IsHighSurrogate(value[i])) sb.Append(value[++i]);
        }
        return sb.ToString();
    }

    private static bool IsValidAt(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return false;
        return XmlConvert.IsXmlChar(c);
    }

    /// <summary>RFC 822 as RSS wants it: English names, four-digit year, numeric offset (<c>Thu, 20 Nov 2025 09:00:00 +0100</c>).</summary>
    public static string Rfc822(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + $"{sign}{offset.Hours:00}{offset.Minutes:00}";
    }

    /// <summary>RFC 3339 / W3C datetime with offset.</summary>
    public static string Rfc3339(DateTimeOffset value) => value.ToString(Rfc3339Format, CultureInfo.InvariantCulture);

    /// <summary>The format of <see cref="Rfc3339"/>, for writers that format into a buffer.</summary>
    internal const string Rfc3339Format = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static XmlWriterSettings WriterSettings => new() { Encoding = new UTF8Encoding(false), Indent = false, Async = false, CheckCharacters = true };
}
