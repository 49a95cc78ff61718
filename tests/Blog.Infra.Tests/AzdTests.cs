using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Blog.Infra.Tests;

/// <summary>azure.yaml, the parameters file, the hooks and the workflows agree with the templates.</summary>
public partial class AzdTests
{
    // Set by azd itself in every hook, whatever the template outputs.
    private static readonly string[] AzdVariables = ["AZURE_ENV_NAME", "AZURE_SUBSCRIPTION_ID", "AZURE_LOCATION", "AZURE_PRINCIPAL_ID"];

    private static YamlMappingNode AzureYaml()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Repo.PathOf("azure.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        return ((YamlScalarNode)node).Value ?? "";
    }

    private static IReadOnlyList<string> HookScripts() =>
        [.. ((YamlMappingNode)AzureYaml().Children[new YamlScalarNode("hooks")]).Children
            .Select(hook => Scalar(hook.Value, "run"))];

    [Fact]
    public void Azure_yaml_deploys_Blog_Functions_as_the_function_service_api()
    {
        var yaml = AzureYaml();

        Assert.Equal("./src/Blog.Functions", Scalar(yaml, "services", "api", "project"));
        Assert.Equal("dotnet", Scalar(yaml, "services", "api", "language"));
        Assert.Equal("function", Scalar(yaml, "services", "api", "host"));
        Assert.Equal("infra", Scalar(yaml, "infra", "path"));
        Assert.True(File.Exists(Repo.PathOf("src", "Blog.Functions", "Blog.Functions.csproj")));
    }

    [Fact]
    public void Azure_yaml_runs_the_static_website_and_event_grid_hooks()
    {
        var yaml = AzureYaml();

        Assert.Equal("./infra/hooks/postprovision.sh", Scalar(yaml, "hooks", "postprovision", "run"));
        Assert.Equal("./infra/hooks/postdeploy.sh", Scalar(yaml, "hooks", "postdeploy", "run"));
        Assert.Contains("--static-website", File.ReadAllText(Repo.PathOf("infra", "hooks", "postprovision.sh")), StringComparison.Ordinal);
        Assert.Contains("eventgrid.bicep", File.ReadAllText(Repo.PathOf("infra", "hooks", "postdeploy.sh")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hook_scripts_are_executable_bash_that_parses()
    {
        foreach (var script in HookScripts())
        {
            var path = Repo.PathOf(script.Split('/').Where(s => s != ".").ToArray());
            Assert.True(File.Exists(path), $"azure.yaml runs {script}, which does not exist.");
            if (!OperatingSystem.IsWindows())
                Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable (chmod +x).");

            var check = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
            check.ArgumentList.Add("-n");
            check.ArgumentList.Add(path);
            using var bash = Process.Start(check)!;
            var errors = await bash.StandardError.ReadToEndAsync();
            await bash.WaitForExitAsync();
            Assert.True(bash.ExitCode == 0, $"bash -n {script}: {errors}");
        }
    }

    [Fact]
    public async Task Hook_scripts_read_only_variables_that_azd_provides()
    {
        var outputs = (await CompiledTemplates.Main).Outputs.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var script in HookScripts())
        {
            var text = await File.ReadAllTextAsync(Repo.PathOf(script.Split('/').Where(s => s != ".").ToArray()));
            foreach (var name in EnvironmentReference().Matches(text).Select(m => m.Groups["name"].Value).Distinct())
                Assert.True(outputs.Contains(name) || AzdVariables.Contains(name), $"{script} reads ${{{name}}}, which is neither a main.bicep output nor set by azd.");
        }
    }

    [Fact]
    public async Task Parameters_file_feeds_main_bicep_from_the_azd_environment()
    {
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Repo.PathOf("infra", "main.parameters.json")))!["parameters"]!.AsObject();
        var declared = (await CompiledTemplates.Main).Parameters;

        Assert.All(file, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets {p.Key}, which main.bicep does not declare."));
        Assert.Equal("${AZURE_ENV_NAME}", (string?)file["environmentName"]?["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)file["location"]?["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)file["principalId"]?["value"]);
        Assert.All(declared.Where(p => p.Value?["defaultValue"] is null),
            p => Assert.True(file.ContainsKey(p.Key), $"main.bicep requires {p.Key}, which main.parameters.json does not set."));
    }

    [Fact]
    public void Deploy_workflow_signs_in_with_OpenID_Connect_and_no_secret()
    {
        var workflow = File.ReadAllText(Repo.PathOf(".github", "workflows", "deploy.yml"));

        Assert.Contains("id-token: write", workflow, StringComparison.Ordinal);
        Assert.Contains("--federated-credential-provider github", workflow, StringComparison.Ordinal);
        Assert.Contains("azd provision", workflow, StringComparison.Ordinal);
        Assert.Contains("azd deploy", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets.", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_workflow_runs_test_sh_with_dotnet_10_and_node_20()
    {
        var workflow = File.ReadAllText(Repo.PathOf(".github", "workflows", "ci.yml"));

        Assert.Contains("./test.sh", workflow, StringComparison.Ordinal);
        Assert.Contains("dotnet-version: 10.0.x", workflow, StringComparison.Ordinal);
        Assert.Contains("node-version: 20", workflow, StringComparison.Ordinal);
    }

    // ${NAME}, ${NAME:-...}, ${NAME:?...}; not ${BASH_SOURCE[0]}.
    [GeneratedRegex(@"\$\{(?<name>[A-Z][A-Z0-9_]*)(?=[:}])")]
    private static partial Regex EnvironmentReference();
}
