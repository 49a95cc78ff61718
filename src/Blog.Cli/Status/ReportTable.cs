using Blog.Core.Model;
using Spectre.Console;

namespace Blog.Cli.Status;

/// <summary>The table an author reads at the end: each file, what the upload did, its status and URL or error.</summary>
internal static class ReportTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<FileReport> reports)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("File").AddColumn("Upload").AddColumn("Status").AddColumn("URL or reason");
        foreach (var report in reports)
        {
            // Text, not markup: file names and reasons may hold [brackets].
            table.AddRow(
                new Text(report.Name),
                new Text(report.Uploaded ? "uploaded" : "unchanged", new Style(Color.Grey)),
                new Text(report.Status, StyleOf(report)),
                new Text(report.Detail, report.IsProblem ? new Style(Color.Red) : Style.Plain));
        }
        console.Write(table);

        var uploaded = reports.Count(r => r.Uploaded);
        var problems = reports.Count(r => r.IsProblem);
        console.Write(new Text($"{uploaded} uploaded, {reports.Count - uploaded} unchanged. "));
        console.Write(problems == 0
            ? new Text("No problems.", new Style(Color.Green))
            : new Text($"{problems} {(problems == 1 ? "file needs" : "files need")} attention.", new Style(Color.Red)));
        console.WriteLine();
    }

    private static Style StyleOf(FileReport report) => report.Status switch
    {
        nameof(ArticleStatus.Published) => new Style(Color.Green),
        nameof(ArticleStatus.Failed) => new Style(Color.Red, decoration: Decoration.Bold),
        FileReport.StillProcessing or FileReport.Unknown => new Style(Color.Yellow),
        nameof(ArticleStatus.Scheduled) => new Style(Color.Blue),
        _ => new Style(Color.Grey),
    };
}
