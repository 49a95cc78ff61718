using Blog.Core.Model;

namespace Blog.Storage.Ingest;

public enum IngestOutcome
{
    /// <summary>The article was processed and its status, page and rows written.</summary>
    Processed,
    /// <summary>The same bytes were processed before with the same theme: nothing was written.</summary>
    Unchanged,
    /// <summary>The blob was gone by the time it was read (deleted): the timer marks it Removed.</summary>
    Missing,
    /// <summary>A non-Markdown blob was published to <c>$web/media</c> (or was already).</summary>
    Asset,
}

/// <summary>What one ingest did, for logs and tests.</summary>
public sealed record IngestResult(string BlobName, IngestOutcome Outcome, ArticleStatus? Status = null, string? Slug = null, string? Reason = null);
