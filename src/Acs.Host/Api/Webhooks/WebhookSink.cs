using System.Threading.Channels;
using Acs.Core.Events;
using Microsoft.Extensions.Options;

namespace Acs.Host.Api.Webhooks;

/// <summary>
/// The event sink of the CWMP engine: only a non-blocking write into a bounded channel, so a slow
/// database or receiver never delays a session. <see cref="WebhookDispatcher"/> drains it.
/// </summary>
public sealed class WebhookSink : IAcsEventSink
{
    private readonly Channel<AcsEvent> channel;
    private readonly ILogger<WebhookSink> logger;

    public WebhookSink(IOptions<WebhookOptions> options, ILogger<WebhookSink> logger)
    {
        channel = Channel.CreateBounded<AcsEvent>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        this.logger = logger;
    }

    public ChannelReader<AcsEvent> Reader => channel.Reader;

    public void Publish(AcsEvent e)
    {
        if (!channel.Writer.TryWrite(e))
        {
            logger.LogWarning("Webhook queue full: dropped {Type} of {Device}", e.Type, e.DeviceId);
        }
    }
}
