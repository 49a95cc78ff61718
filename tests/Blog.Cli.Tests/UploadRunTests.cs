using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Blog.Cli.Status;
using Blog.Cli.Tests.Support;
using Blog.Storage.Tables;

namespace Blog.Cli.Tests;

/// <summary>`upload` end to end on real Azurite, with the real ingest service processing what it uploads.</summary>
[Trait("Category", "Azurite")]
public sealed class UploadRunTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly CliSandbox _sandbox = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _sandbox.DisposeAsync().AsTask();

    [Fact]
    public async Task Upload_publishes_each_article_and_reports_its_url_with_exit_code_0()
    {
        _sandbox.AddFixture("site").StartPipeline();

        var result = await _sandbox.UploadAsync(Wait);

        Assert.Empty(_sandbox.PipelineErrors);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(5, result.Uploaded);
        Assert.Equal(
            [
                ("2025/beelden/grafiek.png", "asset", "https://blog.example.be/media/2025/beelden/grafiek.png"),
                ("2025/gepland.md", "Scheduled", "goes live 2099-01-15 08:00 UTC at https://blog.example.be/articles/gepland"),
                ("2025/opvolging.md", "Published", "https://blog.example.be/articles/opvolging"),
                ("interim-managers.md", "Published", "https://blog.example.be/articles/interim-managers"),
                ("klad.md", "Draft", "draft: published nowhere"),
            ],
            result.Reports.Select(r => (r.Name, r.Status, r.Detail)));
        Assert.All(result.Reports, r => Assert.True(r.Uploaded));

        var output = _sandbox.Console.Output;
        Assert.Contains("Uploaded 5 of 5 files (", output);
        Assert.Contains("https://blog.example.be/articles/interim-managers", output);
        Assert.Contains("5 uploaded, 0 unchanged. No problems.", output);
    }

    [Fact]
    public async Task A_broken_article_is_reported_with_its_reason_and_exit_code_1()
    {
        _sandbox.AddFixture("site").AddFixture("broken").StartPipeline();

        var result = await _sandbox.UploadAsync(Wait);

        Assert.Equal(ExitCodes.FilesNeedAttention, result.ExitCode);
        var broken = Assert.Single(result.Reports, r => r.IsProblem);
        Assert.Equal("kapot.md", broken.Name);
        Assert.Equal("Failed", broken.Status);
        Assert.StartsWith("front matter line 3, 'date': '2025-02-30' is not a real calendar date", broken.Detail);
        Assert.Equal(2, result.Reports.Count(r => r.Status == "Published"));

        var output = _sandbox.Console.Output;
        Assert.Contains("'2025-02-30' is not a real calendar date", output);
        Assert.Contains("1 file needs attention.", output);
    }

    [Fact]
    public async Task A_second_run_uploads_nothing_and_reports_the_same_statuses()
    {
        _sandbox.AddFixture("site").AddFixture("broken").StartPipeline();
        var first = await _sandbox.UploadAsync(Wait);
        var etags = await ETagsAsync();
        var deliveries = _sandbox.Deliveries;

        var second = await _sandbox.UploadAsync(Wait);

        Assert.Equal(0, second.Uploaded);
        Assert.All(second.Reports, r => Assert.False(r.Uploaded));
        Assert.Equal(etags, await ETagsAsync());
        Assert.Equal(first.Reports.Select(r => (r.Name, r.Status, r.Detail)), second.Reports.Select(r => (r.Name, r.Status, r.Detail)));
        Assert.Equal(ExitCodes.FilesNeedAttention, second.ExitCode); // the broken article is still broken
        Assert.Contains("Nothing to upload: all 6 files are unchanged.", _sandbox.Console.Output);
        Assert.Contains("0 uploaded, 6 unchanged.", _sandbox.Console.Output);
        await Task.Delay(200); // a scan or two: nothing new for the pipeline either
        Assert.Equal(deliveries, _sandbox.Deliveries);
    }

    [Fact]
    public async Task Fixing_the_broken_article_uploads_only_that_file_and_exits_0()
    {
        _sandbox.AddFixture("site").AddFixture("broken").StartPipeline();
        Assert.Equal(ExitCodes.FilesNeedAttention, (await _sandbox.UploadAsync(Wait)).ExitCode);

        _sandbox.Write("kapot.md", "---\ntitle: Een datum die wel bestaat\ndate: 2025-02-28\n---\n\nNu wel.\n");
        var result = await _sandbox.UploadAsync(Wait);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["kapot.md"], result.Reports.Where(r => r.Uploaded).Select(r => r.Name));
        var fixedArticle = Assert.Single(result.Reports, r => r.Name == "kapot.md");
        Assert.Equal(("Published", "https://blog.example.be/articles/kapot"), (fixedArticle.Status, fixedArticle.Detail));
    }

    [Fact]
    public async Task Uploaded_blobs_carry_their_content_type_content_md5_and_hash()
    {
        _sandbox.AddFixture("site");

        await _sandbox.UploadAsync(timeout: null);

        var article = (await _sandbox.Storage.ArticlesContainer.GetBlobClient("2025/opvolging.md").GetPropertiesAsync()).Value;
        Assert.Equal("text/markdown; charset=utf-8", article.ContentType);
        Assert.NotEmpty(article.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", article.Metadata["sha256"]);
        var image = (await _sandbox.Storage.ArticlesContainer.GetBlobClient("2025/beelden/grafiek.png").GetPropertiesAsync()).Value;
        Assert.Equal("image/png", image.ContentType);
    }

    [Fact]
    public async Task Without_a_pipeline_the_wait_times_out_as_still_processing_with_exit_code_1()
    {
        _sandbox.AddFixture("site");

        var result = await _sandbox.UploadAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(ExitCodes.FilesNeedAttention, result.ExitCode);
        Assert.Equal(4, result.Reports.Count(r => r.Status == FileReport.StillProcessing && r.IsProblem));
        Assert.Contains("still processing", _sandbox.Console.Output);
    }

    [Fact]
    public async Task No_wait_uploads_and_exits_0_before_the_pipeline_ran()
    {
        _sandbox.AddFixture("site");

        var result = await _sandbox.UploadAsync(timeout: null);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(5, result.Uploaded);
        Assert.Equal(4, result.Reports.Count(r => r.Status == FileReport.Submitted));
    }

    [Fact]
    public async Task Files_another_tool_uploaded_with_the_same_bytes_are_not_uploaded_again()
    {
        _sandbox.AddFixture("site").StartPipeline();
        await _sandbox.Storage.ArticlesContainer.CreateIfNotExistsAsync();
        foreach (var name in new[] { "interim-managers.md", "2025/beelden/grafiek.png" })
        {
            // As `az storage blob upload` or Storage Explorer would: no sha256 metadata.
            await _sandbox.Storage.ArticlesContainer.GetBlobClient(name).UploadAsync(new BinaryData(await File.ReadAllBytesAsync(Path.Combine(_sandbox.Folder, name))));
        }

        var result = await _sandbox.UploadAsync(Wait);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["2025/gepland.md", "2025/opvolging.md", "klad.md"], result.Reports.Where(r => r.Uploaded).Select(r => r.Name));
        Assert.Equal("Published", Assert.Single(result.Reports, r => r.Name == "interim-managers.md").Status);
    }

    [Fact]
    public async Task An_article_committed_without_any_hash_is_recognised_by_its_status_row()
    {
        _sandbox.AddFixture("site").StartPipeline();
        await _sandbox.Storage.ArticlesContainer.CreateIfNotExistsAsync();
        const string name = "interim-managers.md";
        var block = _sandbox.Storage.ArticlesContainer.GetBlockBlobClient(name);
        var id = Convert.ToBase64String("block-0"u8.ToArray());
        await using (var content = File.OpenRead(Path.Combine(_sandbox.Folder, name)))
            await block.StageBlockAsync(id, content);
        await block.CommitBlockListAsync([id]); // a block list gets no Content-MD5
        Assert.Null((await block.GetPropertiesAsync()).Value.ContentHash);
        await WaitForRowAsync(name);

        var result = await _sandbox.UploadAsync(Wait);

        var report = Assert.Single(result.Reports, r => r.Name == name);
        Assert.False(report.Uploaded);
        Assert.Equal("Published", report.Status);
    }

    [Fact]
    public async Task An_empty_folder_uploads_nothing_and_exits_0()
    {
        var result = await _sandbox.UploadAsync(Wait);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Reports);
        Assert.Contains("nothing to upload", _sandbox.Console.Output);
    }

    private async Task WaitForRowAsync(string name)
    {
        var sources = new SourceIndex(_sandbox.Storage);
        for (var i = 0; i < 200; i++)
        {
            try
            {
                if (await sources.GetAsync(name) is not null) return;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }
            await Task.Delay(50);
        }
        Assert.Fail($"The pipeline did not process {name}: {string.Join(Environment.NewLine, _sandbox.PipelineErrors)}");
    }

    private async Task<Dictionary<string, string>> ETagsAsync()
    {
        var etags = new Dictionary<string, string>();
        await foreach (var blob in _sandbox.Storage.ArticlesContainer.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, CancellationToken.None))
            etags[blob.Name] = blob.Properties.ETag.ToString()!;
        return etags;
    }
}
