namespace Blog.Core.Rendering;

/// <summary>
/// Reading time at <see cref="WordsPerMinute"/> words per minute. Brysbaert (2019, "How many words
/// do we read per minute?") puts silent reading of English non-fiction at 238 wpm; the IReST
/// standardised texts read about 11% slower in Dutch than in English (202 vs 228 wpm), largely
/// for Dutch's longer compound words. 238 × 202/228 ≈ 210 for the firm's professional prose.
/// </summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 210;

    public static int Minutes(int words) => Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    /// <summary>Counts runs of letters or digits (a cheap pass over the Markdown, no second render).</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’' or '-');
            if (isWordChar && !inWord) words++;
            inWord = isWordChar;
        }
        return words;
    }
}
