namespace Blog.Infra.Tests;

/// <summary>Every Bicep file under infra/ builds and lints with zero errors and zero warnings.</summary>
public class BicepFileTests
{
    public static TheoryData<string> BicepFiles => new(FindBicepFiles());

    private static IEnumerable<string> FindBicepFiles() =>
        Directory.EnumerateFiles(Repo.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Repo.Infra, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Infra_holds_the_main_template_the_event_grid_subscription_and_their_modules()
    {
        var files = FindBicepFiles().ToList();

        Assert.Contains("main.bicep", files);
        Assert.Contains("eventgrid.bicep", files);
        Assert.Contains(files, f => f.StartsWith("app/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_builds_without_errors_or_warnings(string file)
    {
        var directory = Directory.CreateTempSubdirectory("blog-infra-");
        try
        {
            var result = await BicepCli.Build(Path.Combine(Repo.Infra, file), Path.Combine(directory.FullName, "template.json"));

            Assert.True(result.IsClean, result.Report());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_lints_without_errors_or_warnings(string file)
    {
        var result = await BicepCli.Lint(Path.Combine(Repo.Infra, file));

        Assert.True(result.IsClean, result.Report());
    }
}
