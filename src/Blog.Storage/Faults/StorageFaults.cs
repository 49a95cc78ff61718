using System.Net.Sockets;
using Azure;

namespace Blog.Storage.Faults;

/// <summary>
/// Tells a storage outage (worth retrying later, or answering 503) from a request storage refused
/// for good. The Azure SDK has already retried by the time one of these reaches us: a network
/// failure then arrives as an <see cref="AggregateException"/> of the tries, a timeout as a
/// <see cref="TaskCanceledException"/> wrapping a <see cref="TimeoutException"/>.
/// </summary>
public static class StorageFaults
{
    /// <summary>Storage is unreachable, slow or busy: nothing about this request is wrong.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        RequestFailedException => false,
        HttpRequestException or SocketException or TimeoutException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        // A timeout, not a caller's cancellation: the SDK wraps its network timeout this way.
        OperationCanceledException { InnerException: { } inner } => IsTransient(inner),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
