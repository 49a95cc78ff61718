using Blog.Storage.Faults;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Http;

/// <summary>
/// What a reader gets when storage is down: 503 with <c>Retry-After</c>, never a hang or a 500
/// with a stack trace. The reader clients give up within seconds (<see cref="StorageProfile.Reader"/>);
/// <see cref="StorageOutageMiddleware"/> (Functions host) and the local host's endpoints turn
/// the exception into this answer.
/// </summary>
public static class StorageOutage
{
    /// <summary>About one publishing-timer period locally, a short wait for a restarting account in Azure.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public static IActionResult? TryAnswer(Exception exception) =>
        StorageFaults.IsTransient(exception) ? Problems.ServiceUnavailable(RetryAfter) : null;
}
