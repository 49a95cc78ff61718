using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Http;

/// <summary>RFC 9457 problem responses for a reader's bad input (never a 500), and for a storage outage.</summary>
public static class Problems
{
    public static IActionResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, "Not Found", detail);
    public static IActionResult Gone(string detail) => Create(StatusCodes.Status410Gone, "Gone", detail);
    public static IActionResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "Bad Request", detail);

    /// <summary>Storage cannot be reached: try again later, nothing is wrong with the request.</summary>
    public static IActionResult ServiceUnavailable(TimeSpan retryAfter) => new RetryAfterResult(
        Create(StatusCodes.Status503ServiceUnavailable, "Service Unavailable",
            "The blog's storage does not answer right now. Nothing is lost; try again shortly."),
        retryAfter);

    private static ObjectResult Create(int status, string title, string detail) => new(new ProblemDetails
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
    })
    {
        StatusCode = status,
        ContentTypes = { "application/problem+json; charset=utf-8" },
    };
}

/// <summary>Adds <c>Retry-After</c> (seconds) and forbids caching an answer that is only true for now.</summary>
internal sealed class RetryAfterResult(IActionResult inner, TimeSpan retryAfter) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers.CacheControl = "no-store";
        return inner.ExecuteResultAsync(context);
    }
}
