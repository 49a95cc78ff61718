namespace Blog.Core.Templates;

/// <summary>The <c>Theme:*</c> settings.</summary>
public sealed class ThemeOptions
{
    public const string SectionName = "Theme";

    /// <summary>
    /// A folder whose <c>layout.liquid</c>, <c>article.liquid</c> or <c>site.css</c> replace the
    /// embedded defaults, file by file. Empty: the defaults.
    /// </summary>
    public string? Path { get; set; }
}
