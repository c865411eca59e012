namespace Acs.Core.Webhooks;

/// <summary>One event for one webhook, persisted before the first attempt so a restart does not lose it.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public required string WebhookId { get; set; }
    public required string EventId { get; set; }
    public required string EventType { get; set; }
    public required string Payload { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}
