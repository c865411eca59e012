using Acs.Core.Files;

namespace Acs.Host.Api.Files;

public sealed record FileView(
    string Id, string FileType, string FileName, string? Oui, string? ProductClass, string? Version,
    long Size, string Sha256, DateTime CreatedAt, string Url)
{
    public static FileView Of(StoredFile f, string url) =>
        new(f.Id, f.FileType, f.FileName, f.Oui, f.ProductClass, f.Version, f.Size, f.Sha256, f.CreatedAt, url);
}
