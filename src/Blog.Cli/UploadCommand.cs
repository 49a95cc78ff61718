using System.CommandLine;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace Blog.Cli;

/// <summary><c>upload &lt;folder&gt;</c>: its arguments, options and checks, and the run they start.</summary>
internal sealed partial class UploadCommand : Command
{
    public const int DefaultTimeoutSeconds = 60;

    public Argument<DirectoryInfo> Folder { get; } = new Argument<DirectoryInfo>("folder")
    {
        Description = "The folder to upload. Every file below it is uploaded under its relative path; hidden files are skipped.",
    }.AcceptExistingOnly();

    public Option<string?> Account { get; } = new("--account", "-a")
    {
        Description = "Azure Storage account name. Uses your signed-in identity (az login, azd auth login, Visual Studio, or managed identity); no keys.",
    };

    public Option<string?> ConnectionString { get; } = new("--connection-string")
    {
        Description = "A storage connection string instead (default: Azurite, UseDevelopmentStorage=true).",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = $"The site's public address, for the URLs in the report (default for Azurite: {UploadRequest.LocalBaseUrl}).",
    };

    public Option<int> TimeoutSeconds { get; } = new("--timeout")
    {
        Description = "Seconds to wait for the pipeline to process the articles.",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    public Option<bool> NoWait { get; } = new("--no-wait")
    {
        Description = "Upload and report, without waiting for the pipeline.",
    };

    public UploadCommand() : base("upload", "Upload a folder of articles and assets (changed files only), wait for the pipeline, and report each file's status and URL or error.")
    {
        Arguments.Add(Folder);
        Options.Add(Account);
        Options.Add(ConnectionString);
        Options.Add(BaseUrl);
        Options.Add(TimeoutSeconds);
        Options.Add(NoWait);

        Account.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !AccountName().IsMatch(name))
                result.AddError($"'{name}' is not a storage account name (3 to 24 lowercase letters and digits).");
        });
        BaseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                result.AddError($"--base-url must be an absolute http(s) URL, not '{url}'.");
        });
        TimeoutSeconds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
                result.AddError("--timeout must be a positive number of seconds.");
        });
        Validators.Add(result =>
        {
            if (result.GetResult(Account) is not null && result.GetResult(ConnectionString) is not null)
                result.AddError("Use --account or --connection-string, not both.");
        });

        SetAction((parse, cancellationToken) => RunAsync(Bind(parse), AnsiConsole.Console, cancellationToken));
    }

    public UploadRequest Bind(ParseResult parse) => new(
        parse.GetRequiredValue(Folder),
        parse.GetValue(Account),
        parse.GetValue(ConnectionString),
        parse.GetValue(BaseUrl),
        parse.GetValue(NoWait) ? null : TimeSpan.FromSeconds(parse.GetValue(TimeoutSeconds)));

    public static async Task<int> RunAsync(UploadRequest request, IAnsiConsole console, CancellationToken cancellationToken)
    {
        try
        {
            var target = request.Target();
            console.WriteLine($"Uploading {request.Folder.FullName} to {target.Description}");
            var run = new UploadRun(target.Open(), console, request.Urls(target));
            return (await run.RunAsync(request.Folder.FullName, request.Timeout, cancellationToken)).ExitCode;
        }
        catch (Exception ex) when (FailureMessages.Describe(ex) is { } message)
        {
            console.Write(new Text(message + Environment.NewLine, new Style(Color.Red)));
            return ExitCodes.CouldNotRun;
        }
    }

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex AccountName();
}
