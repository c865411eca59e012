namespace Acs.Core.Webhooks;

/// <summary>An integrator's HTTP receiver for events; the secret signs every delivery (HMAC-SHA256).</summary>
public sealed class Webhook
{
    public required string Id { get; set; }
    public required string Url { get; set; }
    public required string Secret { get; set; }

    /// <summary>Event types, comma-separated; empty means every event.</summary>
    public string Events { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
