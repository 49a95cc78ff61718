using Blog.Cli.Planning;
using Blog.Cli.Tests.Support;

namespace Blog.Cli.Tests.Planning;

public class UploadPlannerTests
{
    [Fact]
    public void A_file_storage_does_not_have_is_uploaded_as_new()
    {
        var plan = UploadPlanner.Decide(Files.Local("nieuw.md"), RemoteFile.Missing);

        Assert.True(plan.Upload);
        Assert.Equal(UploadPlanner.New, plan.Why);
    }

    [Fact]
    public void An_article_whose_processed_hash_equals_the_file_is_not_uploaded()
    {
        // A blob without hashes of its own (committed as blocks by another tool): the status row decides.
        var remote = new RemoteFile(true, ETag: "\"0x1\"", ProcessedHash: Files.Sha256("inhoud"), Status: "Published");

        var plan = UploadPlanner.Decide(Files.Local("artikel.md"), remote);

        Assert.False(plan.Upload);
        Assert.Equal("\"0x1\"", plan.ExistingETag);
    }

    [Fact]
    public void A_failed_article_with_the_same_bytes_is_not_uploaded_again()
    {
        var remote = new RemoteFile(true, ProcessedHash: Files.Sha256("inhoud"), Status: "Failed");

        Assert.False(UploadPlanner.Decide(Files.Local("kapot.md"), remote).Upload);
    }

    [Fact]
    public void An_article_with_other_bytes_than_the_processed_ones_is_uploaded()
    {
        var remote = new RemoteFile(true, ProcessedHash: Files.Sha256("oude versie"), Status: "Published");

        var plan = UploadPlanner.Decide(Files.Local("artikel.md", "nieuwe versie"), remote);

        Assert.True(plan.Upload);
        Assert.Equal(UploadPlanner.Changed, plan.Why);
    }

    [Fact]
    public void An_article_whose_blob_was_deleted_is_uploaded_again_even_with_a_matching_row()
    {
        var remote = RemoteFile.Missing with { ProcessedHash = Files.Sha256("inhoud"), Status = "Removed" };

        var plan = UploadPlanner.Decide(Files.Local("artikel.md"), remote);

        Assert.True(plan.Upload);
        Assert.Equal(UploadPlanner.Restore, plan.Why);
    }

    [Fact]
    public void A_blob_changed_after_processing_is_uploaded_although_the_row_matches_the_file()
    {
        // Someone uploaded other bytes since; the row still describes the version the file has.
        var remote = new RemoteFile(true, Md5: Files.Md5("iemand anders"), ProcessedHash: Files.Sha256("inhoud"), Status: "Published");

        Assert.True(UploadPlanner.Decide(Files.Local("artikel.md"), remote).Upload);
    }

    [Fact]
    public void The_hash_metadata_of_an_earlier_upload_decides_before_anything_else()
    {
        var same = new RemoteFile(true, Sha256: Files.Sha256("inhoud"), Md5: Files.Md5("verouderd"), ProcessedHash: Files.Sha256("verouderd"));
        var other = new RemoteFile(true, Sha256: Files.Sha256("andere"), Md5: Files.Md5("inhoud"), ProcessedHash: Files.Sha256("inhoud"), Status: "Published");

        Assert.False(UploadPlanner.Decide(Files.Local("artikel.md"), same).Upload);
        Assert.True(UploadPlanner.Decide(Files.Local("artikel.md"), other).Upload);
    }

    [Theory]
    [InlineData("inhoud", false)]
    [InlineData("andere pixels", true)]
    public void An_asset_is_compared_by_its_content_md5(string stored, bool upload)
    {
        var remote = new RemoteFile(true, Md5: Files.Md5(stored));

        Assert.Equal(upload, UploadPlanner.Decide(Files.Local("beelden/foto.png"), remote).Upload);
    }

    [Fact]
    public void A_blob_without_any_hash_to_compare_is_uploaded()
    {
        Assert.True(UploadPlanner.Decide(Files.Local("beelden/foto.png"), new RemoteFile(true)).Upload);
        Assert.True(UploadPlanner.Decide(Files.Local("artikel.md"), new RemoteFile(true)).Upload);
    }

    [Fact]
    public void A_folder_plan_uploads_the_changed_and_new_files_only()
    {
        var files = new[]
        {
            Files.Local("2025/a.md", "A"),
            Files.Local("2025/b.md", "B nieuw"),
            Files.Local("c.md", "C"),
            Files.Local("beelden/d.png", "D"),
        };
        var remote = new Dictionary<string, RemoteFile>
        {
            ["2025/a.md"] = new(true, Sha256: Files.Sha256("A")),
            ["2025/b.md"] = new(true, Sha256: Files.Sha256("B")),
            ["beelden/d.png"] = new(true, Md5: Files.Md5("D")),
        };

        var plan = UploadPlanner.Plan(files, remote);

        Assert.Equal(["2025/b.md", "c.md"], plan.Where(p => p.Upload).Select(p => p.File.Name));
        Assert.Equal(files.Select(f => f.Name), plan.Select(p => p.File.Name));
    }
}
