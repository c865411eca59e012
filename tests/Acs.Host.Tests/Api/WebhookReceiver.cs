using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Api;

/// <summary>An integrator's webhook endpoint on loopback: records every request and answers the scripted statuses, then 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Queue<int> statuses;

    private WebhookReceiver(WebApplication app, IEnumerable<int> statuses)
    {
        this.app = app;
        this.statuses = new Queue<int>(statuses);
    }

    public sealed record Hit(string Body, string? Signature, string? EventId, string? Timestamp, int AnsweredWith);

    public Channel<Hit> Hits { get; } = Channel.CreateUnbounded<Hit>();

    public Uri Url => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook");

    public static async Task<WebhookReceiver> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, statuses);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            int status;
            lock (receiver.statuses)
            {
                status = receiver.statuses.TryDequeue(out var s) ? s : 200;
            }

            receiver.Hits.Writer.TryWrite(new Hit(body, request.Headers["X-Acs-Signature"], request.Headers["X-Acs-Event-Id"], request.Headers["X-Acs-Timestamp"], status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
