using Acs.Core;
using Acs.Core.Events;
using Acs.Host.Api.Files;
using Acs.Host.Api.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Acs.Host.Api;

/// <summary>Services of the REST API features: the file store (and file locator) and webhook delivery.</summary>
public static class RestApi
{
    public static void AddRestApi(this WebApplicationBuilder builder, string dataDir)
    {
        var services = builder.Services;
        services.AddOptions<FileStoreOptions>().Bind(builder.Configuration.GetSection(FileStoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection(WebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FileStore>(sp, Path.Combine(dataDir, "files")));
        services.Replace(ServiceDescriptor.Singleton<IFileLocator>(sp => sp.GetRequiredService<FileStore>()));
        services.AddSingleton<WebhookSink>();
        services.Replace(ServiceDescriptor.Singleton<IAcsEventSink>(sp => sp.GetRequiredService<WebhookSink>()));
        services.AddHostedService<WebhookDispatcher>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(5) });
    }
}
