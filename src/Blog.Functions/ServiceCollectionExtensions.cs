using Blog.Core;
using Blog.Core.Compilation;
using Blog.Core.Model;
using Blog.Core.Templates;
using Blog.Storage;
using Blog.Storage.Ingest;
using Blog.Storage.Publishing;
using Blog.Storage.Queries;
using Blog.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Functions;

/// <summary>
/// The pipeline's registrations, shared by <c>Program.cs</c>, the local host and the tests,
/// so each runs the same objects. Settings are read and validated once, at start-up.
/// </summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddBlogPipeline(this IServiceCollection services, IConfiguration configuration, StorageNames? names = null)
    {
        var site = configuration.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new SiteOptions();
        site.Validate();
        var ingest = configuration.GetSection(IngestOptions.SectionName).Get<IngestOptions>() ?? new IngestOptions();
        var feed = configuration.GetSection(FeedOptions.SectionName).Get<FeedOptions>() ?? new FeedOptions();
        var theme = configuration.GetSection(ThemeOptions.SectionName).Get<ThemeOptions>() ?? new ThemeOptions();

        services.AddSingleton(site);
        services.AddSingleton(ingest);
        services.AddSingleton(feed);
        services.AddSingleton(Theme.Load(theme.Path));
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<ArticleCompiler>();
        services.AddSingleton(TimeProvider.System);

        // Readers (every HTTP function) get the unkeyed storage, which fails fast; the ingest and
        // publishing services get the patient one. Same account, same names.
        services.AddSingleton(_ =>
        {
            var (blobs, tables) = StorageClientFactory.Create(configuration, StorageProfile.Reader);
            return new BlogStorage(blobs, tables, names ?? new StorageNames());
        });
        services.AddKeyedSingleton(StorageProfile.Pipeline, (_, _) =>
        {
            var (blobs, tables) = StorageClientFactory.Create(configuration, StorageProfile.Pipeline);
            return new BlogStorage(blobs, tables, names ?? new StorageNames());
        });
        services.AddSingleton<SourceIndex>();
        services.AddSingleton<ArticleTable>();
        services.AddSingleton<ListingIndex>();
        services.AddSingleton<RedirectIndex>();
        services.AddSingleton<ArticleQueries>();
        services.AddSingleton<Http.ResponseCache>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SitePublisher>(sp, PipelineStorage(sp)));
        services.AddSingleton(new SiteUrls(site));
        // The cursor key only makes edited cursors detectable; it guards no data.
        services.AddSingleton(new ListingCursor(configuration["Site:CursorKey"] ?? site.NormalizedBaseUrl));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<IngestService>(sp, PipelineStorage(sp)));
        return services;
    }

    private static BlogStorage PipelineStorage(IServiceProvider services) => services.GetRequiredKeyedService<BlogStorage>(StorageProfile.Pipeline);
}
