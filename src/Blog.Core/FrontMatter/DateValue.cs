using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Core.FrontMatter;

/// <summary>
/// ISO 8601 dates as authors write them: <c>2025-11-20</c>, <c>2025-11-20 09:00</c>,
/// <c>2025-11-20T09:00:00+01:00</c>, <c>...Z</c>. A value without an offset is read in the site's
/// time zone; a time that does not exist there (the spring-forward gap) moves forward by the gap,
/// an ambiguous one (autumn) takes the standard offset.
/// </summary>
public static partial class DateValue
{
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[Tt ](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?<f>\.\d{1,7})?)?\s*(?<z>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Iso8601();

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value, out string? problem)
    {
        value = default;
        problem = null;
        var m = Iso8601().Match(text.Trim());
        if (!m.Success)
        {
            problem = "is not an ISO 8601 date: write 2025-11-20 or 2025-11-20T09:00:00+01:00";
            return false;
        }

        int Int(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        int year = Int("y"), month = Int("m"), day = Int("d"), hour = Int("h"), minute = Int("min"), second = Int("s");
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = "is not a real calendar date";
            return false;
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            problem = "has an impossible time of day";
            return false;
        }

        var ticks = m.Groups["f"].Success
            ? (long)Math.Round(double.Parse("0" + m.Groups["f"].Value, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond)
            : 0;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);

        if (m.Groups["z"].Success)
        {
            var offset = ParseOffset(m.Groups["z"].Value);
            if (offset is null)
            {
                problem = "has an impossible time zone offset";
                return false;
            }
            value = new DateTimeOffset(local, offset.Value);
            return true;
        }

        if (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        value = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }

    private static TimeSpan? ParseOffset(string z)
    {
        if (z is "Z" or "z") return TimeSpan.Zero;
        var sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59) return null;
        return sign * new TimeSpan(hours, minutes, 0);
    }
}
