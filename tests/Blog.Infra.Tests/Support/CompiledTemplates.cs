namespace Blog.Infra.Tests.Support;

/// <summary>main.bicep and eventgrid.bicep, each built once per test run.</summary>
internal static class CompiledTemplates
{
    private static readonly Lazy<Task<ArmTemplate>> MainTemplate = new(() => Compile("main.bicep"));
    private static readonly Lazy<Task<ArmTemplate>> EventGridTemplate = new(() => Compile("eventgrid.bicep"));

    public static Task<ArmTemplate> Main => MainTemplate.Value;

    public static Task<ArmTemplate> EventGrid => EventGridTemplate.Value;

    public static async Task<ArmTemplate> Compile(string infraRelativePath)
    {
        var directory = Directory.CreateTempSubdirectory("blog-infra-");
        try
        {
            var outFile = Path.Combine(directory.FullName, Path.ChangeExtension(Path.GetFileName(infraRelativePath), ".json"));
            var result = await BicepCli.Build(Path.Combine(Repo.Infra, infraRelativePath), outFile);
            Assert.True(result.ExitCode == 0, result.Report());
            return ArmTemplate.Parse(await File.ReadAllTextAsync(outFile));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
