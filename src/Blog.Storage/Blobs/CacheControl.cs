namespace Blog.Storage.Blobs;

/// <summary>Cache-Control values set on <c>$web</c> blobs, in one place.</summary>
public static class CacheControl
{
    /// <summary>Pages change on edits: short, so an edit shows within minutes behind a CDN.</summary>
    public const string Page = "public, max-age=300";

    /// <summary>Assets rarely change; a day is a fair trade without fingerprinted names.</summary>
    public const string Media = "public, max-age=86400";
}
