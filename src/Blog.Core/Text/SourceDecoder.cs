using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Blog.Core.Text;

/// <summary>
/// Turns the bytes of an uploaded article into text, refusing what would be mangled:
/// oversize files, binary data, UTF-16 and invalid UTF-8 (a Latin-1 file is never "repaired").
/// A UTF-8 BOM is dropped and CRLF line endings become LF.
/// </summary>
public static class SourceDecoder
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static readonly SearchValues<byte> Blank = SearchValues.Create(" \t\r\n"u8);

    public static string Decode(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        // Valid, so the decoder's replacement never happens: one pass straight into the string.
        var text = Encoding.UTF8.GetString(Validate(bytes, maxBytes));
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    /// <summary>
    /// The same text as <see cref="Decode"/>, in a pooled buffer: the compiler only keeps the
    /// front matter's values and the body, so the whole file never needs to be a string.
    /// </summary>
    internal static PooledText DecodePooled(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        var valid = Validate(bytes, maxBytes);
        var buffer = ArrayPool<char>.Shared.Rent(valid.Length);
        var length = Encoding.UTF8.GetChars(valid, buffer);
        var chars = buffer.AsSpan(0, length);
        if (chars.Contains('\r'))
        {
            // CRLF and a lone CR become LF, in place: the text only gets shorter.
            var written = 0;
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] != '\r') chars[written++] = chars[i];
                else if (i + 1 < chars.Length && chars[i + 1] == '\n') continue;
                else chars[written++] = '\n';
            }
            length = written;
        }
        return new PooledText(buffer, length);
    }

    /// <summary>The bytes without their BOM, once every check an upload must pass has passed.</summary>
    private static ReadOnlySpan<byte> Validate(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        if (bytes.Length > maxBytes)
            throw new ArticleException(TooLarge(bytes.Length, maxBytes));
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[3..];
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(Blank) < 0)
            throw new ArticleException("the file is empty: an article needs front matter with at least a title");
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            throw new ArticleException("the file is saved as UTF-16: save it as UTF-8");

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new ArticleException($"the file holds binary data (a NUL byte at line {LineOf(bytes, nul)}, byte {nul}): an article must be UTF-8 text");

        if (!Utf8.IsValid(bytes))
            throw new ArticleException(NotUtf8(bytes));
        return bytes;
    }

    private static string NotUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return $"the file is not valid UTF-8 (line {LineOf(bytes, read)}, byte {read}: 0x{bytes[read]:X2}); it looks like Latin-1 or Windows-1252: save it as UTF-8";
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static string TooLarge(long length, int maxBytes) =>
        $"the file is {length:N0} bytes, over the limit of {maxBytes:N0} bytes (setting Ingest:MaxArticleBytes): split it or move images out as assets";

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}

/// <summary>Decoded text in a buffer rented from the shared pool; disposing returns it.</summary>
internal readonly ref struct PooledText(char[] buffer, int length)
{
    public ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}
