using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Blog.LocalHost;

/// <summary>Maps every HTTP-triggered function to its route, as the Functions host does (route prefix empty).</summary>
public static class HttpEndpoints
{
    public static void MapFunctions(this WebApplication app, IEnumerable<FunctionBinding> functions)
    {
        foreach (var function in functions.Where(f => f.Kind == TriggerKind.Http))
        {
            app.MapMethods("/" + function.Trigger, function.HttpMethods.Select(m => m.ToUpperInvariant()), async context =>
            {
                var result = await FunctionInvoker.InvokeAsync(context.RequestServices, function, context, null, context.RequestAborted);
                if (result is IActionResult action)
                    await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            }).WithName(function.Name);
        }
    }
}
