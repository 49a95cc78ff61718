using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Blog.Storage;

/// <summary>The storage account as the pipeline sees it: its clients and the names it uses.</summary>
public sealed class BlogStorage(BlobServiceClient blobs, TableServiceClient tables, StorageNames names)
{
    private Task? _creation;

    public BlobServiceClient Blobs { get; } = blobs;
    public TableServiceClient Tables { get; } = tables;
    public StorageNames Names { get; } = names;

    public BlobContainerClient ArticlesContainer => Blobs.GetBlobContainerClient(Names.Articles);
    public BlobContainerClient WebContainer => Blobs.GetBlobContainerClient(Names.Web);
    public BlobContainerClient RenderedContainer => Blobs.GetBlobContainerClient(Names.Rendered);
    public TableClient SourcesTable => Tables.GetTableClient(Names.SourcesTable);
    public TableClient ArticlesTable => Tables.GetTableClient(Names.ArticlesTable);
    public TableClient ListingTable => Tables.GetTableClient(Names.ListingTable);
    public TableClient TagsTable => Tables.GetTableClient(Names.TagsTable);
    public TableClient RedirectsTable => Tables.GetTableClient(Names.RedirectsTable);

    /// <summary>
    /// Creates what is missing, once per process; shared by concurrent callers, and tried again
    /// after a failure (storage down at start-up must not poison the process).
    /// </summary>
    public Task EnsureCreatedAsync()
    {
        var current = _creation;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            Interlocked.CompareExchange(ref _creation, CreateAsync(), current);
            current = _creation;
        }
        return current!;
    }

    private Task CreateAsync() => Task.WhenAll(
        ArticlesContainer.CreateIfNotExistsAsync(),
        WebContainer.CreateIfNotExistsAsync(),
        RenderedContainer.CreateIfNotExistsAsync(),
        SourcesTable.CreateIfNotExistsAsync(),
        ArticlesTable.CreateIfNotExistsAsync(),
        ListingTable.CreateIfNotExistsAsync(),
        TagsTable.CreateIfNotExistsAsync(),
        RedirectsTable.CreateIfNotExistsAsync());
}
