using Blog.Core.Text;

namespace Blog.Core.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Interim Managers", "interim-managers")]
    [InlineData("Één café, twee ideeën", "een-cafe-twee-ideeen")]
    [InlineData("  --Leiderschap & Groei!--  ", "leiderschap-groei")]
    [InlineData("Manager’s gids", "managers-gids")]
    [InlineData("Straße Øre Æon", "strasse-ore-aeon")]
    [InlineData("ĳzersterk", "ijzersterk")]
    [InlineData("2025/11 update", "2025-11-update")]
    [InlineData("日本語", "")]
    public void Folds_text_to_lowercase_ascii_words(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Is_at_most_80_characters_and_cut_at_a_word()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("leiderschap", 20)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("leiderschap", slug);
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("ok-slug", true)]
    [InlineData("-bad", false)]
    [InlineData("bad--double", false)]
    [InlineData("Upper", false)]
    [InlineData("", false)]
    public void Validates_slugs(string value, bool valid) => Assert.Equal(valid, Slug.IsValid(value));
}
