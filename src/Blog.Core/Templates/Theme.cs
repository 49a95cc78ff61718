using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Fluid;

namespace Blog.Core.Templates;

/// <summary>
/// The Liquid templates and the stylesheet, parsed once at start-up and shared (Fluid templates
/// are thread-safe). Each file comes from the override folder when it holds it, else from the
/// defaults embedded in this assembly. <see cref="Fingerprint"/> changes when any file does, so
/// pages can be re-rendered after a theme change without touching their <c>lastmod</c>.
/// </summary>
public sealed class Theme
{
    public static readonly string[] FileNames = ["layout.liquid", "article.liquid", "list.liquid", "notfound.liquid", "site.css"];

    private static readonly FluidParser Parser = new();

    private Theme(IReadOnlyDictionary<string, string> files)
    {
        Layout = Parse(files, "layout.liquid");
        Article = Parse(files, "article.liquid");
        List = Parse(files, "list.liquid");
        NotFound = Parse(files, "notfound.liquid");
        Css = files["site.css"];
        CssHash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)));
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', FileNames.Select(n => files[n])))))[..16];
    }

    public IFluidTemplate Layout { get; }
    public IFluidTemplate Article { get; }
    public IFluidTemplate List { get; }
    public IFluidTemplate NotFound { get; }
    public string Css { get; }

    /// <summary>The CSP source of the inlined stylesheet (<c>style-src 'sha256-...'</c>).</summary>
    public string CssHash { get; }
    public string Fingerprint { get; }

    public static Theme Load(string? overrideDirectory = null)
    {
        var files = new Dictionary<string, string>();
        foreach (var name in FileNames)
        {
            var overridePath = string.IsNullOrEmpty(overrideDirectory) ? null : System.IO.Path.Combine(overrideDirectory, name);
            files[name] = overridePath is not null && File.Exists(overridePath) ? File.ReadAllText(overridePath) : ReadEmbedded(name);
        }
        return new Theme(files);
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Blog.Core.Templates." + name)
            ?? throw new InvalidOperationException($"The default template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IFluidTemplate Parse(IReadOnlyDictionary<string, string> files, string name) =>
        Parser.TryParse(files[name], out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The template {name} does not parse: {error}");
}
