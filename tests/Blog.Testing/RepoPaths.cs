namespace Blog.Testing;

/// <summary>Where things are in the repository, found from the test's own output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Azurite => Path.Combine(Root, "node_modules", ".bin", "azurite");

    public static string SampleArticles => Path.Combine(Root, "samples", "articles");

    /// <summary>Kept as test artifacts (artifacts/ is git-ignored; CI collects it).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>Built next to the tests through the project reference, with its deps and runtimeconfig.</summary>
    public static string LocalHostDll => Path.Combine(AppContext.BaseDirectory, "Blog.LocalHost.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}");
    }
}
