using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Functions.Http;

/// <summary>RFC 9457 problem responses for a reader's bad input: never a 500.</summary>
public static class Problems
{
    public static IActionResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, "Not Found", detail);
    public static IActionResult Gone(string detail) => Create(StatusCodes.Status410Gone, "Gone", detail);
    public static IActionResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "Bad Request", detail);

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
