namespace Acs.Core.Files;

/// <summary>
/// A file devices download (firmware image, vendor configuration, CA certificate). The id is random and
/// unguessable because the device plane serves files without a key.
/// </summary>
public sealed class StoredFile
{
    public required string Id { get; set; }
    public required string FileType { get; set; }
    public required string FileName { get; set; }
    public string? Oui { get; set; }
    public string? ProductClass { get; set; }
    public string? Version { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public DateTime CreatedAt { get; set; }
}
