namespace Blog.Core.Model;

/// <summary>The one status every Markdown source blob has (contract section 2).</summary>
public enum ArticleStatus
{
    Published,
    Scheduled,
    Draft,
    Expired,
    Failed,
    Removed,
}
