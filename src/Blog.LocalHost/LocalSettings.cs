using System.Text.Json;

namespace Blog.LocalHost;

/// <summary>
/// Reads the <c>Values</c> of the Functions app's <c>local.settings.json</c> (or the repo's
/// sample when there is none), so both hosts run with the same settings.
/// </summary>
public static class LocalSettings
{
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string repoRoot)
    {
        var file = new[]
        {
            Path.Combine(repoRoot, "src", "Blog.Functions", "local.settings.json"),
            Path.Combine(repoRoot, "local.settings.sample.json"),
        }.FirstOrDefault(File.Exists);
        if (file is null) return builder;

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var values = json.RootElement.TryGetProperty("Values", out var v) ? v : default;
        var settings = new Dictionary<string, string?>();
        if (values.ValueKind == JsonValueKind.Object)
            foreach (var property in values.EnumerateObject())
                settings[property.Name.Replace("__", ":", StringComparison.Ordinal)] = property.Value.ToString();
        return builder.AddInMemoryCollection(settings);
    }

    /// <summary>The repository root: the nearest folder up holding Functions.sln.</summary>
    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
