using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Blog.Cli.Local;

/// <summary>Reads an author's folder: every file below it, named and hashed as it would be stored.</summary>
internal static class LocalFolder
{
    // Hidden files and folders (.git, .DS_Store, an editor's swap files) are no part of the site.
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    public static async Task<IReadOnlyList<LocalFile>> ScanAsync(string root, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"There is no folder '{root}'.");

        var files = new List<LocalFile>();
        foreach (var path in Directory.EnumerateFiles(root, "*", Walk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(await ReadAsync(root, path, cancellationToken));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }

    /// <summary>
    /// The blob name of a file: its path relative to the folder, with <c>/</c>, in Unicode NFC
    /// (macOS writes file names decomposed; the same article must get the same name from every machine).
    /// </summary>
    public static string BlobName(string root, string path) =>
        System.IO.Path.GetRelativePath(root, path).Replace(System.IO.Path.DirectorySeparatorChar, '/').Normalize(NormalizationForm.FormC);

    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms",
        Justification = "MD5 is what Blob storage records as Content-MD5; it detects unchanged files and protects nothing.")]
    private static async Task<LocalFile> ReadAsync(string root, string path, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[81920];
        long length = 0;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true))
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                md5.AppendData(buffer, 0, read);
                length += read;
            }
        }
        return new LocalFile(BlobName(root, path), path, length,
            Convert.ToHexStringLower(sha256.GetHashAndReset()), Convert.ToBase64String(md5.GetHashAndReset()));
    }
}
