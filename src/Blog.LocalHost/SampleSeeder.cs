using Blog.Storage;

namespace Blog.LocalHost;

/// <summary>Uploads a folder of sample articles when the articles container is empty (development only).</summary>
public static class SampleSeeder
{
    public static async Task<int> SeedIfEmptyAsync(BlogStorage storage, string folder, ILogger logger, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync().WaitAsync(cancellationToken);
        await foreach (var _ in storage.ArticlesContainer.GetBlobsAsync(cancellationToken: cancellationToken))
            return 0;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No sample folder at {Folder}", folder);
            return 0;
        }
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            await using var stream = File.OpenRead(file);
            await storage.ArticlesContainer.GetBlobClient(name).UploadAsync(stream, overwrite: false, cancellationToken);
            count++;
        }
        logger.LogInformation("Uploaded {Count} sample files from {Folder}", count, folder);
        return count;
    }
}
