namespace Blog.Cli.Planning;

/// <summary>
/// What storage holds under one blob name: the source blob's identity (absent when
/// <see cref="Exists"/> is false) and, for an article, the pipeline's status row.
/// </summary>
/// <param name="Sha256">The <c>sha256</c> metadata this tool sets on upload; null when another tool uploaded it.</param>
/// <param name="Md5">Blob storage's Content-MD5 (base64); null for blobs committed as blocks without one.</param>
/// <param name="ETag">The blob's ETag: the pipeline hashes an oversize article as <c>etag:</c> plus this.</param>
/// <param name="ProcessedHash">The Sources row's <c>ContentHash</c>: the bytes the pipeline last read.</param>
/// <param name="Status">The Sources row's status.</param>
internal sealed record RemoteFile(bool Exists, string? Sha256 = null, string? Md5 = null, string? ETag = null, string? ProcessedHash = null, string? Status = null)
{
    public static readonly RemoteFile Missing = new(false);
}
