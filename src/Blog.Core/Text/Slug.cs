using System.Globalization;
using System.Text;

namespace Blog.Core.Text;

/// <summary>URL names: lowercase ASCII <c>[a-z0-9-]</c>, diacritics folded, at most 80 characters.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    /// <summary>The slug of any text; empty when the text holds no letter or digit.</summary>
    public static string From(string text)
    {
        // FormKD folds diacritics (één → een) and compatibility ligatures (ĳ → ij, ﬁ → fi).
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(Math.Min(decomposed.Length, MaxLength * 2));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
                continue;
            var folded = Fold(c);
            if (folded is null)
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }
            if (pendingHyphen) sb.Append('-');
            pendingHyphen = false;
            sb.Append(folded);
            if (sb.Length >= MaxLength * 2) break;
        }
        return Truncate(sb.ToString());
    }

    /// <summary>True when <paramref name="value"/> already is a slug.</summary>
    public static bool IsValid(string value) =>
        value.Length is > 0 and <= MaxLength
        && value[0] != '-' && value[^1] != '-'
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !value.Contains("--", StringComparison.Ordinal);

    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'þ' or 'Þ' => "th",
        _ => null,
    };

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        var cut = slug[..MaxLength];
        var lastHyphen = cut.LastIndexOf('-');
        // Cut at a word boundary when one is reasonably close, else hard.
        return (lastHyphen > MaxLength / 2 ? cut[..lastHyphen] : cut).TrimEnd('-');
    }
}
