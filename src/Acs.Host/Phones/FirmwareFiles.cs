using Acs.Host.Planes;
using Acs.Provisioning.Tftp;

namespace Acs.Host.Phones;

/// <summary>
/// Firmware loads kept under {ACS_DATA_DIR}/firmware, served on the device plane at /firmware/{name}
/// with Range and a strong ETag so an interrupted download resumes instead of starting over.
/// </summary>
public static class FirmwareFiles
{
    public const string Folder = "firmware";

    public static IEndpointRouteBuilder MapFirmwareFiles(this IEndpointRouteBuilder routes, string dataDir)
    {
        var root = Path.Combine(dataDir, Folder);
        routes.MapMethods("/firmware/{name}", ["GET", "HEAD"], (string name) =>
            {
                if (!TftpPath.TryNormalize(name, out var relative, out _) || relative.Contains('/', StringComparison.Ordinal))
                {
                    return Results.NotFound();
                }

                var file = new FileInfo(Path.Combine(root, relative));
                if (!file.Exists)
                {
                    return Results.NotFound();
                }

                var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
                return Results.File(file.FullName, "application/octet-stream", lastModified: file.LastWriteTimeUtc, entityTag: tag, enableRangeProcessing: true);
            })
            .WithMetadata(new PlaneMetadata(Plane.Device))
            .WithDisplayName("Firmware")
            .ExcludeFromDescription();
        return routes;
    }
}
