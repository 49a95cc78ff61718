using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Core.Rendering;

/// <summary>
/// Task-list checkboxes with an accessible name: Markdig's renderer writes a bare disabled
/// checkbox, which screen readers announce as an unlabelled form control (axe rule "label").
/// Registered after <c>UseTaskLists()</c> so it replaces Markdig's renderer.
/// </summary>
public sealed class AccessibleTaskLists : IMarkdownExtension
{
    // The site's language is Dutch; a theme for another language can override the page, not these two words.
    public const string DoneLabel = "Afgerond";
    public const string OpenLabel = "Nog te doen";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.ReplaceOrAdd<HtmlTaskListRenderer>(new Renderer());
    }

    private sealed class Renderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj)
        {
            if (!renderer.EnableHtmlForInline)
            {
                renderer.Write(obj.Checked ? "[x]" : "[ ]");
                return;
            }
            renderer.Write("<input disabled=\"disabled\" type=\"checkbox\"");
            if (obj.Checked) renderer.Write(" checked=\"checked\"");
            renderer.Write(" aria-label=\"").Write(obj.Checked ? DoneLabel : OpenLabel).Write("\" />");
        }
    }
}
