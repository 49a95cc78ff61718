using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Blog.Functions.Tests.Support;

/// <summary>
/// Makes storage refuse chosen requests for good (HTTP 400), as a corrupt or unreadable blob
/// would: the same failure on every try, which is what a poison blob is. Sits before the SDK's
/// retry policy, so the code under test sees the error the SDK would raise.
/// </summary>
public sealed class StorageFaultInjector : HttpPipelinePolicy
{
    private volatile string? _refusedPathSuffix;
    private int _refusals;

    public int Refusals => _refusals;

    /// <summary>GET requests whose path ends with <paramref name="pathSuffix"/> fail with 400 (null: none).</summary>
    public void RefuseReads(string? pathSuffix) => _refusedPathSuffix = pathSuffix;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfRefused(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfRefused(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfRefused(HttpMessage message)
    {
        if (_refusedPathSuffix is not { } suffix || message.Request.Method != RequestMethod.Get
            || !Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith(suffix, StringComparison.Ordinal))
            return;
        Interlocked.Increment(ref _refusals);
        throw new RequestFailedException(400, "Injected fault: the blob cannot be read.", "InvalidInput", null);
    }
}
