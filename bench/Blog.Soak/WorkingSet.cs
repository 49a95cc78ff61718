using System.Globalization;

namespace Blog.Soak;

internal static class WorkingSet
{
    /// <summary>The process's resident set (VmRSS) in bytes, as Linux reports it; 0 when it is gone.</summary>
    public static long Of(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return 0; }
    }
}
