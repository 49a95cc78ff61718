using System.Buffers;
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

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
                throw new ArticleException(
                    $"the file is not valid UTF-8 (line {LineOf(bytes, read)}, byte {read}: 0x{bytes[read]:X2}); it looks like Latin-1 or Windows-1252: save it as UTF-8");
            var text = new string(chars, 0, written);
            return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
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
