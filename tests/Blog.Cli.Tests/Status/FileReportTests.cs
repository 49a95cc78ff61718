using Blog.Cli.Status;
using Blog.Cli.Tests.Support;
using Blog.Cli.Uploading;
using Blog.Core;
using Blog.Core.Model;
using Blog.Storage.Tables;

namespace Blog.Cli.Tests.Status;

public class FileReportTests
{
    private static readonly SiteUrls Urls = new(new SiteOptions { BaseUrl = "https://blog.example.be/" });

    private static SubmittedFile Article(string name = "2025/artikel.md") => new(Files.Local(name), Uploaded: true, ETag: "\"0x8D\"");

    private static SourceRecord Row(string status, string? slug = "artikel", string? reason = null) =>
        new() { BlobName = "2025/artikel.md", Status = status, Slug = slug, Reason = reason, ContentHash = Files.Sha256("inhoud") };

    [Fact]
    public void A_published_article_shows_its_public_url()
    {
        var report = FileReport.For(Article(), Row("Published"), Urls, waited: true);

        Assert.Equal(("Published", "https://blog.example.be/articles/artikel", false), (report.Status, report.Detail, report.IsProblem));
    }

    [Fact]
    public void A_failed_article_shows_its_reason_and_is_a_problem()
    {
        var report = FileReport.For(Article(), Row("Failed", reason: "front matter line 2: 'title' is required"), Urls, waited: true);

        Assert.Equal(("Failed", "front matter line 2: 'title' is required", true), (report.Status, report.Detail, report.IsProblem));
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Expired")]
    [InlineData("Scheduled")]
    public void Articles_that_are_not_online_on_purpose_are_no_problem(string status) =>
        Assert.False(FileReport.For(Article(), Row(status), Urls, waited: true).IsProblem);

    [Fact]
    public void An_article_not_processed_in_time_is_still_processing_and_a_problem()
    {
        var report = FileReport.For(Article(), null, Urls, waited: true);

        Assert.Equal((FileReport.StillProcessing, true), (report.Status, report.IsProblem));
    }

    [Fact]
    public void Without_waiting_an_unprocessed_article_is_submitted_and_no_problem()
    {
        var report = FileReport.For(Article(), null, Urls, waited: false);

        Assert.Equal((FileReport.Submitted, false), (report.Status, report.IsProblem));
    }

    [Fact]
    public void An_asset_shows_its_media_url_with_escaped_segments()
    {
        var report = FileReport.For(new SubmittedFile(Files.Local("beelden/één foto.png"), false, null), null, Urls, waited: true);

        Assert.Equal((FileReport.Asset, "https://blog.example.be/media/beelden/%C3%A9%C3%A9n%20foto.png", false), (report.Status, report.Detail, report.IsProblem));
    }

    [Fact]
    public void Statuses_out_of_reach_are_unknown_and_say_why()
    {
        var report = FileReport.For(Article(), null, Urls, waited: true, unavailable: "cannot read table 'Sources'");

        Assert.Equal((FileReport.Unknown, "cannot read table 'Sources'", true), (report.Status, report.Detail, report.IsProblem));
    }

    [Fact]
    public void A_row_is_settled_when_it_describes_the_uploaded_bytes()
    {
        var stale = Row("Published");
        stale.ContentHash = Files.Sha256("de vorige versie");
        var oversize = Row("Failed", reason: "the file is larger than 1 MiB");
        oversize.ContentHash = "etag:\"0x8D\"";

        Assert.True(StatusWaiter.IsSettled(Article(), Row("Published")));
        Assert.False(StatusWaiter.IsSettled(Article(), stale));
        Assert.False(StatusWaiter.IsSettled(Article(), null));
        Assert.True(StatusWaiter.IsSettled(Article(), oversize)); // too large to hash: named by the uploaded blob's ETag
    }
}
