using System.Text.RegularExpressions;

namespace Blog.Infra.Tests;

/// <summary>Facts about infra/eventgrid.bicep, the second deployment that runs after the code.</summary>
public class EventGridTemplateTests
{
    private static async Task<ArmResource> Subscription() =>
        (await CompiledTemplates.EventGrid).Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

    [Fact]
    public async Task Event_grid_subscription_is_a_resource_group_deployment_of_its_own()
    {
        var template = await CompiledTemplates.EventGrid;

        Assert.Contains("/deploymentTemplate.json", template.Schema, StringComparison.Ordinal);
        Assert.Equal(["functionAppName", "systemTopicName"], template.Parameters.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Event_grid_subscription_sends_only_BlobCreated_events_under_articles()
    {
        var subscription = await Subscription();

        Assert.Equal("""["Microsoft.Storage.BlobCreated"]""", subscription.Text("properties.filter.includedEventTypes"));
        Assert.Equal("/blobServices/default/containers/articles/", subscription.Text("properties.filter.subjectBeginsWith"));
        Assert.Equal("EventGridSchema", subscription.Text("properties.eventDeliverySchema"));
    }

    [Fact]
    public async Task Event_grid_subscription_calls_the_blob_extension_webhook_of_IngestArticle_with_its_system_key()
    {
        var subscription = await Subscription();
        var url = subscription.Text("properties.destination.properties.endpointUrl") ?? "";

        Assert.Equal("WebHook", subscription.Text("properties.destination.endpointType"));
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle&code={1}'", url, StringComparison.Ordinal);
        Assert.Contains(".defaultHostName", url, StringComparison.Ordinal);
        Assert.Contains("listKeys(format('{0}/host/default', resourceId('Microsoft.Web/sites', parameters('functionAppName')))", url, StringComparison.Ordinal);
        Assert.EndsWith(".systemKeys.blobs_extension)]", url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Event_grid_webhook_names_a_function_that_Blog_Functions_defines()
    {
        var project = Repo.PathOf("src", "Blog.Functions");
        var sources = Directory.Exists(project)
            ? Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText)
                .ToList()
            : [];
        Skip.If(!sources.Any(s => s.Contains("[Function(", StringComparison.Ordinal)), "Blog.Functions defines no functions yet.");

        var ingest = new Regex(@"\[Function\((nameof\(IngestArticle\)|""IngestArticle"")\)\]");
        Assert.True(sources.Any(ingest.IsMatch), "eventgrid.bicep calls Host.Functions.IngestArticle, but no [Function] of that name is in src/Blog.Functions.");
        Assert.Contains(sources, s => s.Contains("BlobTriggerSource.EventGrid", StringComparison.Ordinal));
    }
}
