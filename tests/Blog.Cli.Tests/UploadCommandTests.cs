using System.CommandLine;
using Spectre.Console.Testing;

namespace Blog.Cli.Tests;

public sealed class UploadCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("blog-cli-args-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (UploadCommand Command, ParseResult Parse) Parse(params string[] args)
    {
        var command = new UploadCommand();
        return (command, new RootCommand { command }.Parse(["upload", .. args]));
    }

    [Fact]
    public void By_default_it_uploads_to_azurite_waits_60_seconds_and_links_to_the_local_host()
    {
        var (command, parse) = Parse(_folder);

        Assert.Empty(parse.Errors);
        var request = command.Bind(parse);
        var target = request.Target();
        Assert.Equal(TimeSpan.FromSeconds(60), request.Timeout);
        Assert.True(target.IsLocal);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", target.Blobs.Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://localhost:7071/articles/a", request.Urls(target).Article("a"));
    }

    [Fact]
    public void An_account_name_means_its_azure_endpoints_with_the_signed_in_identity()
    {
        var (command, parse) = Parse(_folder, "--account", "stblogprod", "--base-url", "https://blog.example.be", "--timeout", "120");

        Assert.Empty(parse.Errors);
        var request = command.Bind(parse);
        var target = request.Target();
        Assert.Equal("https://stblogprod.blob.core.windows.net/", target.Blobs.Uri.ToString());
        Assert.Equal("https://stblogprod.table.core.windows.net/", target.Tables.Uri.ToString());
        Assert.False(target.Blobs.CanGenerateAccountSasUri); // a token credential, no key
        Assert.Equal(TimeSpan.FromSeconds(120), request.Timeout);
        Assert.Equal("https://blog.example.be/articles/a", request.Urls(target).Article("a"));
    }

    [Fact]
    public void Without_a_base_url_an_azure_account_reports_root_relative_urls()
    {
        var (command, parse) = Parse(_folder, "-a", "stblogprod");

        var request = command.Bind(parse);

        Assert.Equal("/articles/a", request.Urls(request.Target()).Article("a"));
    }

    [Fact]
    public void No_wait_means_no_timeout()
    {
        var (command, parse) = Parse(_folder, "--no-wait");

        Assert.Null(command.Bind(parse).Timeout);
    }

    [Theory]
    [InlineData("--account", "Stblog", "not a storage account name")]
    [InlineData("--account", "ab", "not a storage account name")]
    [InlineData("--timeout", "0", "positive number of seconds")]
    [InlineData("--base-url", "blog.example.be", "absolute http(s) URL")]
    public void Bad_values_are_refused_with_a_reason(string option, string value, string reason)
    {
        var (_, parse) = Parse(_folder, option, value);

        Assert.Contains(parse.Errors, e => e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Account_and_connection_string_exclude_each_other()
    {
        var (_, parse) = Parse(_folder, "--account", "stblog", "--connection-string", "UseDevelopmentStorage=true");

        Assert.Contains(parse.Errors, e => e.Message == "Use --account or --connection-string, not both.");
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_refused()
    {
        var (_, parse) = Parse(Path.Combine(_folder, "bestaat-niet"));

        Assert.NotEmpty(parse.Errors);
    }

    [Fact]
    public async Task Storage_that_cannot_be_reached_is_said_so_with_exit_code_2()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "---\ntitle: A\n---\n");
        const string nobodyListens = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;" +
            "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        var console = new TestConsole().Width(250);

        var exitCode = await UploadCommand.RunAsync(new UploadRequest(new DirectoryInfo(_folder), null, nobodyListens, null, TimeSpan.FromSeconds(1)), console, CancellationToken.None);

        Assert.Equal(ExitCodes.CouldNotRun, exitCode);
        Assert.Contains("Cannot reach storage", console.Output);
    }

    [Fact]
    public void An_invalid_connection_string_is_said_so()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageTarget.FromConnectionString("geen verbinding"));

        Assert.StartsWith("The connection string is not valid", FailureMessages.Describe(error));
    }
}
