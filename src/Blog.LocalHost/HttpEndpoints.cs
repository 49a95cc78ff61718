using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Blog.Functions.Http;

namespace Blog.LocalHost;

/// <summary>
/// Maps every HTTP-triggered function to its route, as the Functions host does (route prefix
/// empty), with what the app's worker middleware does: a storage outage answers 503.
/// </summary>
public static class HttpEndpoints
{
    public static void MapFunctions(this WebApplication app, IEnumerable<FunctionBinding> functions)
    {
        foreach (var function in functions.Where(f => f.Kind == TriggerKind.Http))
        {
            app.MapMethods("/" + function.Trigger, function.HttpMethods.Select(m => m.ToUpperInvariant()), async context =>
            {
                object? result;
                try
                {
                    result = await FunctionInvoker.InvokeAsync(context.RequestServices, function, context, null, context.RequestAborted);
                }
                catch (Exception ex) when (StorageOutage.TryAnswer(ex) is { } answer)
                {
                    context.RequestServices.GetRequiredService<ILogger<StorageOutageMiddleware>>()
                        .LogWarning(ex, "Storage unavailable during {Function}: answered 503", function.Name);
                    result = answer;
                }
                if (result is IActionResult action)
                    await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            }).WithName(function.Name);
        }
    }
}
