using Blog.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// ASP.NET Core integration: HTTP functions take HttpRequest and return IActionResult.
builder.ConfigureFunctionsWebApplication();

// A storage outage answers readers 503 + Retry-After instead of a 500 (docs/reliability.md).
builder.UseMiddleware<Blog.Functions.Http.StorageOutageMiddleware>();

builder.Services.AddBlogPipeline(builder.Configuration);

builder.Build().Run();
