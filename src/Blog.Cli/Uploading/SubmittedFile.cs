using Blog.Cli.Local;

namespace Blog.Cli.Uploading;

/// <summary>
/// A file whose bytes are now in storage, uploaded by this run or found identical there, with the
/// blob's ETag (how the pipeline names an article too large to hash).
/// </summary>
internal sealed record SubmittedFile(LocalFile File, bool Uploaded, string? ETag);
