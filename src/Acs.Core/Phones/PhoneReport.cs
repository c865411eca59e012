namespace Acs.Core.Phones;

/// <summary>A report a phone uploaded (Report_Rule), stored decrypted.</summary>
public sealed class PhoneReport
{
    public long Id { get; set; }
    public required string DeviceId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string ContentType { get; set; } = "";
    public string Content { get; set; } = "";
}
