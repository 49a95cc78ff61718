using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Blog.Core.Rendering;

/// <summary>
/// The one Markdig pipeline of the site, built once and shared (it is thread-safe).
/// Only what a blog needs is enabled: <c>UseAdvancedExtensions()</c> costs about 3x the default
/// pipeline. Raw HTML is disabled, so any tag an author types is shown as text, never run; the
/// generic-attributes extension stays off because it would let <c>{onclick=...}</c> through.
/// </summary>
public static class BlogMarkdown
{
    public static MarkdownPipeline CreatePipeline() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .Use<AccessibleTaskLists>()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.Default)
            .UseAutoLinks()
            .UseFigures()
            .UseEmphasisExtras()
            .DisableHtml()
            .Build();
}
