using Azure.Core;
using Azure.Core.Pipeline;

namespace Blog.Functions.Tests.Support;

/// <summary>Counts every storage request the pipeline sends, by method (GET, PUT, HEAD...).</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Seen => [.. _requests];

    public void Reset() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message) =>
        _requests.Enqueue($"{message.Request.Method} {message.Request.Uri.Path}");
}
