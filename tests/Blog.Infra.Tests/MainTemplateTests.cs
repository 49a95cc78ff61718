namespace Blog.Infra.Tests;

/// <summary>Facts about the compiled ARM JSON of infra/main.bicep and its modules.</summary>
public class MainTemplateTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    private static async Task<ArmResource> FunctionApp() =>
        (await CompiledTemplates.Main).OfType("Microsoft.Web/sites").Single();

    private static async Task<IReadOnlyDictionary<string, string>> AppSettings()
    {
        var config = (await CompiledTemplates.Main).OfType("Microsoft.Web/sites/config")
            .Single(r => r.Name.Contains("'appsettings'", StringComparison.Ordinal));
        return config.Map("properties");
    }

    [Fact]
    public async Task Main_template_deploys_at_subscription_scope_into_its_own_resource_group()
    {
        var main = await CompiledTemplates.Main;

        Assert.Contains("subscriptionDeploymentTemplate.json", main.Schema, StringComparison.Ordinal);
        main.Single("Microsoft.Resources/resourceGroups");
        Assert.All(main.OfType("Microsoft.Resources/deployments"), module => Assert.NotNull(module.Json["resourceGroup"]));
    }

    [Fact]
    public async Task Main_template_runs_on_Flex_Consumption_FC1()
    {
        var main = await CompiledTemplates.Main;
        var plan = main.Single("Microsoft.Web/serverfarms");
        var app = await FunctionApp();

        Assert.Equal("FC1", plan.Text("sku.name"));
        Assert.Equal("FlexConsumption", plan.Text("sku.tier"));
        Assert.True(plan.Bool("properties.reserved"), "The Flex Consumption plan runs Linux: reserved must be true.");
        Assert.Equal("functionapp,linux", app.Text("kind"));
        Assert.Contains("Microsoft.Web/serverfarms", app.Text("properties.serverFarmId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_app_runs_dotnet_isolated_10()
    {
        var app = await FunctionApp();

        Assert.Equal("dotnet-isolated", app.Text("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", app.Text("properties.functionAppConfig.runtime.version"));
    }

    [Fact]
    public async Task Function_app_pulls_its_package_from_a_blob_container_with_the_user_assigned_identity()
    {
        var app = await FunctionApp();

        Assert.Equal("UserAssigned", app.Text("identity.type"));
        Assert.Equal("blobContainer", app.Text("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", app.Text("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities",
            app.Text("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_app_scales_out_to_40_instances_of_2048_MB_by_default()
    {
        var app = await FunctionApp();

        Assert.Equal(40, app.Int("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount"));
        Assert.Equal(2048, app.Int("properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB"));
    }

    [Fact]
    public async Task Function_app_reaches_storage_with_its_managed_identity()
    {
        var settings = await AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.False(string.IsNullOrWhiteSpace(settings["AzureWebJobsStorage__accountName"]));
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.Contains("clientId", settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.blob", settings["AzureWebJobsStorage__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", settings["AzureWebJobsStorage__queueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", settings["AzureWebJobsStorage__tableServiceUri"], StringComparison.Ordinal);
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage as a connection string needs an account key.");
    }

    [Fact]
    public async Task No_app_setting_holds_an_account_key_a_SAS_or_a_listKeys_call()
    {
        string[] secrets = ["AccountKey=", "SharedAccessSignature", "listKeys(", "listAccountSas(", "listServiceSas(", "DefaultEndpointsProtocol="];

        foreach (var (name, value) in await AppSettings())
        {
            foreach (var secret in secrets)
                Assert.False(value.Contains(secret, StringComparison.OrdinalIgnoreCase), $"App setting {name} contains {secret}: {value}");
        }
    }

    [Fact]
    public async Task App_settings_leave_out_what_Flex_Consumption_refuses()
    {
        var settings = await AppSettings();

        // Flex takes the runtime from functionAppConfig and has no content file share.
        string[] refused = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "WEBSITE_NODE_DEFAULT_VERSION"];
        Assert.All(refused, name => Assert.False(settings.ContainsKey(name), $"Flex Consumption refuses the app setting {name}."));
    }

    [Fact]
    public async Task App_settings_carry_the_site_settings_with_the_contract_defaults()
    {
        var settings = await AppSettings();

        Assert.Equal("nl-BE", settings["Site__Language"]);
        Assert.Equal("Europe/Brussels", settings["Site__TimeZone"]);
        Assert.Equal("0 */5 * * * *", settings["Publish__Schedule"]);
        Assert.Contains("feedItems", settings["Feed__Items"], StringComparison.Ordinal);
        Assert.Contains("defaultHostName", settings["Site__BaseUrl"], StringComparison.Ordinal);
        Assert.True(settings.ContainsKey("Site__Title") && settings.ContainsKey("Site__Description") && settings.ContainsKey("Site__Author"));
        Assert.Equal(20, (await CompiledTemplates.Main).Parameters["feedItems"]?["defaultValue"]?.GetValue<int>());
    }

    [Fact]
    public async Task Application_Insights_accepts_only_Entra_ID_authenticated_telemetry()
    {
        var main = await CompiledTemplates.Main;
        var component = main.Single("Microsoft.Insights/components");
        var settings = await AppSettings();

        Assert.True(component.Bool("properties.DisableLocalAuth"), "Local authentication must be off on Application Insights.");
        Assert.Contains("Microsoft.OperationalInsights/workspaces", component.Text("properties.WorkspaceResourceId"), StringComparison.Ordinal);
        Assert.StartsWith("[format('ClientId={0};Authorization=AAD'", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_identity_holds_exactly_the_four_roles_the_app_needs()
    {
        var main = await CompiledTemplates.Main;
        var appAssignments = main.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Json["properties"]?["principalId"]?.GetValue<string>() == "[parameters('appPrincipalId')]")
            .ToList();
        var rbac = main.OfType("Microsoft.Resources/deployments").Single(d => d.Name == "rbac");

        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor, MonitoringMetricsPublisher }.Order(),
            appAssignments.Select(RoleId).Order());
        Assert.All(appAssignments, r => Assert.Equal("ServicePrincipal", r.Text("properties.principalType")));
        Assert.Contains("'identity'", rbac.Text("properties.parameters.appPrincipalId.value"), StringComparison.Ordinal);
        Assert.Contains("outputs.principalId.value", rbac.Text("properties.parameters.appPrincipalId.value"), StringComparison.Ordinal);
        Assert.Contains("Microsoft.Insights/components",
            appAssignments.Single(r => RoleId(r) == MonitoringMetricsPublisher).Text("scope"), StringComparison.Ordinal);
        Assert.All(appAssignments.Where(r => RoleId(r) != MonitoringMetricsPublisher),
            r => Assert.Contains("Microsoft.Storage/storageAccounts", r.Text("scope"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deploying_principal_may_upload_articles_and_read_their_status_when_given()
    {
        var main = await CompiledTemplates.Main;
        var user = main.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Json["properties"]?["principalId"]?.GetValue<string>() == "[parameters('userPrincipalId')]").ToList();

        Assert.Equal(new[] { StorageBlobDataContributor, StorageTableDataReader }.Order(), user.Select(RoleId).Order());
        Assert.All(user, u => Assert.Contains("userPrincipalId", u.Text("condition"), StringComparison.Ordinal));
    }

    private const string StorageTableDataReader = "76199698-9eea-4c19-bc75-cec21354c6b6";

    [Fact]
    public async Task Storage_account_is_hardened()
    {
        var account = (await CompiledTemplates.Main).Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("TLS1_2", account.Text("properties.minimumTlsVersion"));
        Assert.True(account.Bool("properties.supportsHttpsTrafficOnly"), "HTTPS only.");
        Assert.False(account.Bool("properties.allowBlobPublicAccess"), "No anonymous blob access.");
        Assert.False(account.Bool("properties.allowSharedKeyAccess"), "Shared key access off: every client uses Entra ID.");
        Assert.True(account.Bool("properties.defaultToOAuthAuthentication"), "The portal defaults to Entra ID.");
    }

    [Fact]
    public async Task Storage_account_holds_the_containers_and_tables_the_app_uses()
    {
        var main = await CompiledTemplates.Main;
        var containers = main.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var tables = main.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Equal(["$web", "app-package", "articles", "rendered"], containers.LoopItems().Order(StringComparer.Ordinal));
        Assert.Equal("None", containers.Text("properties.publicAccess"));
        Assert.Equal(["Articles", "Listing", "Redirects", "Sources", "Tags"], tables.LoopItems().Order(StringComparer.Ordinal));
        Assert.Contains("outputs.deploymentContainerName.value",
            main.OfType("Microsoft.Resources/deployments").Single(d => d.Name == "function-app").Text("properties.parameters.deploymentContainerName.value"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_grid_system_topic_watches_the_storage_account()
    {
        var topic = (await CompiledTemplates.Main).Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Text("properties.topicType"));
        Assert.Contains("Microsoft.Storage/storageAccounts", topic.Text("properties.source"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_template_does_not_subscribe_to_blob_events_before_the_code_exists()
    {
        var main = await CompiledTemplates.Main;

        Assert.Empty(main.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
    }

    [Fact]
    public async Task Function_app_is_tagged_as_the_azd_service_api()
    {
        var app = await FunctionApp();

        Assert.Contains("'azd-service-name', 'api'", app.Text("tags"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_with_user_names_and_passwords_is_off()
    {
        var policies = (await CompiledTemplates.Main).OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Bool("properties.allow")));
    }

    [Fact]
    public async Task Main_template_has_a_switch_for_static_website_hosting()
    {
        var main = await CompiledTemplates.Main;
        var parameter = main.Parameters["enableStaticWebsite"];

        Assert.Equal("bool", parameter?["type"]?.GetValue<string>());
        Assert.True(parameter?["defaultValue"]?.GetValue<bool>());
        Assert.Contains("enableStaticWebsite", main.Outputs["STATIC_WEBSITE_URL"]?["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_template_outputs_what_the_guide_and_the_hooks_need()
    {
        var outputs = (await CompiledTemplates.Main).Outputs;

        string[] needed = ["AZURE_RESOURCE_GROUP", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_FUNCTION_APP_NAME", "SERVICE_API_URI",
            "SITE_URL", "STATIC_WEBSITE_ENABLED", "STATIC_WEBSITE_URL", "EVENTGRID_SYSTEM_TOPIC_NAME"];
        Assert.All(needed, name => Assert.True(outputs.ContainsKey(name), $"main.bicep has no output {name}."));
    }

    private static string RoleId(ArmResource assignment)
    {
        var id = assignment.Text("properties.roleDefinitionId") ?? "";
        var match = System.Text.RegularExpressions.Regex.Match(id, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Assert.True(match.Success, $"No role definition id in {id}");
        return match.Value;
    }
}
