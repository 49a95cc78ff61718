namespace Blog.Storage.Ingest;

/// <summary>How far one try of an ingest got: what a retry or the crash counter needs to know.</summary>
internal sealed class IngestAttempt
{
    /// <summary>The content hash once the blob was read (what a crash is counted against).</summary>
    public string? Key { get; set; }

    public string? ContentMd5 { get; set; }

    /// <summary>The try wrote the page or the article row before it stopped.</summary>
    public bool Wrote { get; set; }
}
