using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Blog.Functions.Http;

/// <summary>
/// Worker middleware for HTTP functions: a storage outage becomes the function's result (503 with
/// Retry-After, see <see cref="StorageOutage"/>), which the ASP.NET Core integration then writes.
/// Other triggers rethrow, so the host retries blob deliveries as it should.
/// </summary>
public sealed class StorageOutageMiddleware(ILogger<StorageOutageMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is not null && StorageOutage.TryAnswer(ex) is { } answer)
        {
            logger.LogWarning(ex, "Storage unavailable during {Function}: answered 503", context.FunctionDefinition.Name);
            context.GetInvocationResult().Value = answer;
        }
    }
}
