using System.Text;
using Blog.Cli.Local;

namespace Blog.Cli.Tests.Local;

public sealed class LocalFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("blog-cli-folder-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public async Task Files_are_named_by_their_relative_path_with_slashes_in_name_order()
    {
        Write("z.md", "z");
        Write(Path.Combine("2025", "beelden", "grafiek.png"), "png");
        Write(Path.Combine("2025", "artikel.markdown"), "a");

        var files = await LocalFolder.ScanAsync(_root);

        Assert.Equal(["2025/artikel.markdown", "2025/beelden/grafiek.png", "z.md"], files.Select(f => f.Name));
        Assert.Equal([true, false, true], files.Select(f => f.IsArticle));
    }

    [Fact]
    public async Task Hidden_files_and_folders_are_not_part_of_the_site()
    {
        Write("artikel.md", "a");
        Write(".DS_Store", "x");
        Write(Path.Combine(".git", "config"), "x");
        Write(Path.Combine("2025", ".artikel.md.swp"), "x");

        var files = await LocalFolder.ScanAsync(_root);

        Assert.Equal(["artikel.md"], files.Select(f => f.Name));
    }

    [Fact]
    public async Task Hashes_are_those_the_pipeline_and_blob_storage_compute()
    {
        Write("abc.md", "abc");

        var file = Assert.Single(await LocalFolder.ScanAsync(_root));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.Sha256);
        Assert.Equal("kAFQmDzST7DWlj99KOF/cg==", file.Md5);
        Assert.Equal(3, file.Length);
    }

    [Fact]
    public void Decomposed_file_names_become_the_composed_blob_name()
    {
        var decomposed = "e\u0301e\u0301n.md".Normalize(NormalizationForm.FormD);

        Assert.Equal("\u00e9\u00e9n.md", LocalFolder.BlobName(_root, Path.Combine(_root, decomposed)));
    }

    [Fact]
    public async Task A_missing_folder_says_which()
    {
        var missing = Path.Combine(_root, "bestaat-niet");

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => LocalFolder.ScanAsync(missing));

        Assert.Contains(missing, error.Message);
    }

    [Theory]
    [InlineData("a.md", "text/markdown; charset=utf-8")]
    [InlineData("a.MARKDOWN", "text/markdown; charset=utf-8")]
    [InlineData("foto.jpg", "image/jpeg")]
    [InlineData("rapport.pdf", "application/pdf")]
    [InlineData("tekening.svg", "image/svg+xml")]
    [InlineData("onbekend.xyz", "application/octet-stream")]
    public void Content_types_follow_the_file_extension(string name, string contentType) =>
        Assert.Equal(contentType, new LocalFile(name, name, 0, "", "").ContentType);
}
