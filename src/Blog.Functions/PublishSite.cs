using Blog.Storage.Publishing;
using Microsoft.Azure.Functions.Worker;

namespace Blog.Functions;

/// <summary>
/// The timer: reconciles sources with the index (missed uploads, deletes), publishes scheduled
/// articles on time, and regenerates feeds, sitemap, robots.txt and 404.html when their inputs changed.
/// </summary>
public sealed class PublishSite(SitePublisher publisher)
{
    [Function(nameof(PublishSite))]
    public Task Run([TimerTrigger(Settings.PublishSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        publisher.RunAsync(cancellationToken);
}
