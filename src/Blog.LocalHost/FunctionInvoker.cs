using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Blog.LocalHost;

/// <summary>Calls a function method with the arguments its trigger provides, from a fresh DI scope.</summary>
public static class FunctionInvoker
{
    public static async Task<object?> InvokeAsync(IServiceProvider services, FunctionBinding function, HttpContext? http, BlobClient? blob, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.Class);
        var arguments = function.Method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => http!.Request,
            var t when t == typeof(CancellationToken) => cancellationToken,
            var t when t == typeof(BlobClient) => blob,
            var t when t == typeof(TimerInfo) => new TimerInfo(),
            _ => (object?)(http?.Request.RouteValues.TryGetValue(p.Name!, out var value) == true ? value?.ToString() : null),
        }).ToArray();

        var result = function.Method.Invoke(instance, arguments);
        switch (result)
        {
            case Task<IActionResult> action: return await action;
            case Task task: await task; return null;
            default: return result;
        }
    }
}
