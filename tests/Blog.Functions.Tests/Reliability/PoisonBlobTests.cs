using Azure;
using Blog.Functions.Tests.Support;
using Blog.Storage.Publishing;

namespace Blog.Functions.Tests.Reliability;

/// <summary>
/// A blob that fails on every try (storage refuses to serve it) ends Failed with its reason after
/// the host's five tries, and neither redeliveries nor the timer keep working on it.
/// </summary>
[Trait("Category", "Azurite")]
public sealed class PoisonBlobTests : IAsyncLifetime
{
    private const int HostTries = 5; // host.json extensions.blobs.poisonBlobThreshold
    private readonly PipelineFixture _site = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task A_blob_that_always_fails_is_Failed_after_the_host_tries_and_then_left_alone()
    {
        await _site.PublishAsync("goed.md", "---\ntitle: Goed\ndate: 2025-11-01\n---\nBlijft online.");
        var poison = await _site.UploadAsync("onleesbaar.md", "---\ntitle: Onleesbaar\ndate: 2025-11-02\n---\nTekst.");
        _site.Faults.RefuseReads("/onleesbaar.md");

        // The host retries a failing invocation: every try but the last throws, so it does retry.
        for (var attempt = 1; attempt < HostTries; attempt++)
            await Assert.ThrowsAsync<RequestFailedException>(() => _site.TriggerAsync(poison));
        await _site.TriggerAsync(poison);

        var status = await _site.StatusAsync("onleesbaar.md");
        Assert.Equal("Failed", status!.Status);
        Assert.Contains("after 5 tries", status.Reason);
        Assert.Contains("Injected fault", status.Reason);
        Assert.Equal("Published", (await _site.StatusAsync("goed.md"))!.Status);

        // Redelivered, and two timer runs: no more reads of the poison blob, nothing rewritten.
        var refusals = _site.Faults.Refusals;
        var savedAt = status.ETag;
        await _site.TriggerAsync(poison);
        await _site.Get<SitePublisher>().RunAsync();
        var second = await _site.Get<SitePublisher>().RunAsync();
        Assert.Equal(0, second.Failed);
        Assert.Equal(refusals + 1, _site.Faults.Refusals); // only the redelivery's own read
        Assert.Equal(savedAt, (await _site.StatusAsync("onleesbaar.md"))!.ETag);
        Assert.NotNull(await _site.PageAsync("goed"));
    }

    [Fact]
    public async Task A_poison_update_keeps_the_live_version_online_and_a_fixed_upload_recovers()
    {
        await _site.PublishAsync("stuk.md", "---\ntitle: Versie een\ndate: 2025-11-01\n---\nEerste versie.");
        var blob = await _site.UploadAsync("stuk.md", "---\ntitle: Versie twee\ndate: 2025-11-01\n---\nTweede versie.");
        _site.Faults.RefuseReads("/stuk.md");
        for (var attempt = 1; attempt < HostTries; attempt++)
            await Assert.ThrowsAsync<RequestFailedException>(() => _site.TriggerAsync(blob));
        await _site.TriggerAsync(blob);

        Assert.Equal("Failed", (await _site.StatusAsync("stuk.md"))!.Status);
        Assert.Contains("Eerste versie", (await _site.PageAsync("stuk"))!.Value.Html);

        // The blob becomes readable and the author uploads again: published as usual.
        _site.Faults.RefuseReads(null);
        await _site.PublishAsync("stuk.md", "---\ntitle: Versie drie\ndate: 2025-11-01\n---\nDerde versie.");
        var status = await _site.StatusAsync("stuk.md");
        Assert.Equal("Published", status!.Status);
        Assert.Equal(0, status.CrashCount);
        Assert.Contains("Derde versie", (await _site.PageAsync("stuk"))!.Value.Html);
    }

    [Fact]
    public async Task A_storage_outage_is_not_counted_as_a_poison_try()
    {
        var blob = await _site.UploadAsync("later.md", "---\ntitle: Later\ndate: 2025-11-01\n---\nTekst.");
        var unreachable = new Azure.Storage.Blobs.BlobClient(new Uri("http://127.0.0.1:1/devstoreaccount1/articles/later.md"),
            new Azure.Storage.Blobs.BlobClientOptions { Retry = { MaxRetries = 0 } });
        await Assert.ThrowsAnyAsync<Exception>(() => _site.TriggerAsync(unreachable));
        Assert.Null(await _site.StatusAsync("later.md"));

        await _site.TriggerAsync(blob);
        Assert.Equal("Published", (await _site.StatusAsync("later.md"))!.Status);
    }
}
