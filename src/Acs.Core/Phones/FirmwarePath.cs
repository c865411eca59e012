namespace Acs.Core.Phones;

/// <summary>The ordered upgrade path for one product name; LoadsJson holds a list of <see cref="FirmwareLoad"/>.</summary>
public sealed class FirmwarePath
{
    public required string ProductName { get; set; }
    public string LoadsJson { get; set; } = "[]";
    public DateTime UpdatedAt { get; set; }
}
