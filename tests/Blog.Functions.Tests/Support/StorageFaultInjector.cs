using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Blog.Functions.Tests.Support;

/// <summary>
/// Makes storage refuse chosen requests for good (HTTP 400), as a corrupt or unreadable blob
/// would: the same failure on every try, which is what a poison blob is. Sits before the SDK's
/// retry policy, so the code under test sees the error the SDK would raise. It can also hold one
/// read after storage answered it, to force an interleaving of two deliveries.
/// </summary>
public sealed class StorageFaultInjector : HttpPipelinePolicy
{
    private volatile string? _refusedPathSuffix;
    private int _refusals;

    private string? _heldPathSuffix;
    private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Refusals => _refusals;

    /// <summary>Completes when the held read has its answer and waits for <see cref="Release"/>.</summary>
    public Task Held => _held.Task;

    /// <summary>The next GET whose path ends with <paramref name="pathSuffix"/> gets its response, then waits.</summary>
    public void HoldNextRead(string pathSuffix)
    {
        _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _heldPathSuffix, pathSuffix);
    }

    public void Release() => _release.TrySetResult();

    /// <summary>GET requests whose path ends with <paramref name="pathSuffix"/> fail with 400 (null: none).</summary>
    public void RefuseReads(string? pathSuffix) => _refusedPathSuffix = pathSuffix;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfRefused(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfRefused(message);
        await ProcessNextAsync(message, pipeline);
        if (Volatile.Read(ref _heldPathSuffix) is { } held && Matches(message, held)
            && Interlocked.CompareExchange(ref _heldPathSuffix, null, held) == held)
        {
            _held.TrySetResult();
            await _release.Task;
        }
    }

    private static bool Matches(HttpMessage message, string suffix) =>
        message.Request.Method == RequestMethod.Get && Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith(suffix, StringComparison.Ordinal);

    private void ThrowIfRefused(HttpMessage message)
    {
        if (_refusedPathSuffix is not { } suffix || !Matches(message, suffix)) return;
        Interlocked.Increment(ref _refusals);
        throw new RequestFailedException(400, "Injected fault: the blob cannot be read.", "InvalidInput", null);
    }
}
