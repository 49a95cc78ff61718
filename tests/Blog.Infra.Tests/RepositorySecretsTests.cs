using System.Diagnostics;
using System.Text.RegularExpressions;
using Blog.Infra.Tests.Support;

namespace Blog.Infra.Tests;

/// <summary>
/// No secret is committed: every tracked file is scanned for storage keys (other than Azurite's
/// published development key), SAS signatures, private keys and connection strings with
/// credentials, and the local settings file that holds real ones is ignored by git.
/// </summary>
public sealed partial class RepositorySecretsTests
{
    // Azurite's well-known account key, published in Microsoft's documentation: not a secret.
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [GeneratedRegex(@"AccountKey=(?<key>[A-Za-z0-9+/]{40,}={0,2})")]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"[?&]sig=[A-Za-z0-9%+/=]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|InstrumentationKey=[0-9a-fA-F-]{36}|\bghp_[A-Za-z0-9]{30,}|\bAKIA[0-9A-Z]{16}\b")]
    private static partial Regex OtherSecret();

    [SkippableFact]
    public void No_tracked_file_contains_a_secret()
    {
        var files = Git("ls-files", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Skip.If(files.Length == 0, "not a git checkout");
        var findings = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(Repo.Root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 2_000_000) continue;
            var text = File.ReadAllText(path);
            if (text.Contains('\0', StringComparison.Ordinal)) continue; // binary (images)
            findings.AddRange(AccountKey().Matches(text).Where(m => m.Groups["key"].Value != AzuriteKey).Select(m => $"{file}: storage account key"));
            findings.AddRange(OtherSecret().Matches(text).Select(m => $"{file}: {m.Value[..Math.Min(12, m.Value.Length)]}..."));
        }
        Assert.Empty(findings);
    }

    [SkippableFact]
    public void Local_settings_with_real_secrets_are_ignored_by_git()
    {
        Skip.If(Git("ls-files").Length == 0, "not a git checkout");
        Assert.Equal("local.settings.json", Git("check-ignore", "local.settings.json").Trim());
        Assert.Equal("src/Blog.Functions/local.settings.json", Git("check-ignore", "src/Blog.Functions/local.settings.json").Trim());
        Assert.DoesNotContain("local.settings.json", Git("ls-files").Split('\n'));
    }

    private static string Git(params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var git = Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return output;
    }
}
