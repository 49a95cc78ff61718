using System.Text;
using Blog.Core.Text;

namespace Blog.Core.Tests.Text;

public class SourceDecoderTests
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public void Drops_a_bom_and_turns_crlf_into_lf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Één\r\n---\r\nTekst")).ToArray();
        Assert.Equal("---\ntitle: Één\n---\nTekst", SourceDecoder.Decode(bytes, Limit));
    }

    [Fact]
    public void Refuses_latin1_naming_line_and_byte_instead_of_mangling_it()
    {
        var bytes = Encoding.Latin1.GetBytes("---\ntitle: Café\n---\n");
        var ex = Assert.Throws<ArticleException>(() => SourceDecoder.Decode(bytes, Limit));
        Assert.Contains("not valid UTF-8 (line 2", ex.Message);
        Assert.Contains("save it as UTF-8", ex.Message);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        var ex = Assert.Throws<ArticleException>(() => SourceDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], Limit));
        Assert.Contains("binary data", ex.Message);
    }

    [Fact]
    public void Refuses_utf16() =>
        Assert.Contains("UTF-16", Assert.Throws<ArticleException>(() => SourceDecoder.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---")).ToArray(), Limit)).Message);

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t\n")]
    public void Refuses_an_empty_file(string content) =>
        Assert.Contains("empty", Assert.Throws<ArticleException>(() => SourceDecoder.Decode(Encoding.UTF8.GetBytes(content), Limit)).Message);

    [Fact]
    public void Refuses_a_file_over_the_limit_naming_the_setting()
    {
        var ex = Assert.Throws<ArticleException>(() => SourceDecoder.Decode(new byte[2001], 2000));
        Assert.Contains("Ingest:MaxArticleBytes", ex.Message);
    }
}
