using Blog.Testing;
using Microsoft.Playwright;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// One page in its own browser context, with everything that went wrong while it loaded: console
/// errors (where Chromium reports CSP violations and failed loads), uncaught page errors, failed
/// requests and sub-resources that answered 4xx/5xx, plus CSP violations as the page saw them.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    // Runs before any page script, outside the page's CSP (Playwright injects it through CDP).
    private const string RecordCspViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || document.URL}:${e.lineNumber}`));
        """;

    private const string FailedToLoad = "Failed to load resource:";

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The answer to the first navigation.</summary>
    public IResponse? Response { get; private set; }

    /// <summary>Console errors, page errors and failed requests seen since the page was opened.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            // Chromium logs a document's own 4xx as a failed load; that status is each test's
            // business (the 404 page answers 404 on purpose), so only sub-resources count here.
            lock (_problems)
                return [.. _problems.Where(p => !(p.Contains(FailedToLoad, StringComparison.Ordinal) && _documents.Any(d => p.EndsWith($"(at {d}:0:0)", StringComparison.Ordinal))))];
        }
    }

    internal static async Task<BrowserPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page);
        browserPage.Watch();
        await page.AddInitScriptAsync(RecordCspViolations);
        browserPage.Response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return browserPage;
    }

    /// <summary>The CSP violations the current document reported (securitypolicyviolation events).</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.__cspViolations ?? ['the CSP recorder did not run']");

    /// <summary>Saves a full-page PNG under artifacts/screenshots/ and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Watch()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error") Add($"console error: {message.Text} (at {message.Location})");
        };
        Page.PageError += (_, error) => Add($"page error: {error}");
        Page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        Page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest)
            {
                lock (_problems) _documents.Add(response.Url);
            }
            else if (response.Status >= 400)
            {
                Add($"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
    }

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }
}
