using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Functions.Tests.Support;

/// <summary>A response as a client sees it, after the function's IActionResult has run.</summary>
public sealed record HttpAnswer(int Status, IHeaderDictionary Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}

/// <summary>Builds a request, runs an HTTP function's result through ASP.NET Core's executors, returns the answer.</summary>
public static class HttpCall
{
    private static readonly IServiceProvider Mvc = new ServiceCollection().AddLogging().AddSingleton(NullLoggerFactory.Instance).AddMvcCore().Services.BuildServiceProvider();

    public static HttpRequest Request(string pathAndQuery = "/", params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext { RequestServices = Mvc };
        var uri = new Uri("https://blog.example.be" + pathAndQuery);
        context.Request.Method = "GET";
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<HttpAnswer> RunAsync(HttpRequest request, Func<HttpRequest, Task<IActionResult>> function)
    {
        var result = await function(request);
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        return new HttpAnswer(context.Response.StatusCode, context.Response.Headers, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
