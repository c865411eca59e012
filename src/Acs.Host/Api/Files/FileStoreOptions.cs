using System.ComponentModel.DataAnnotations;

namespace Acs.Host.Api.Files;

/// <summary>Settings of the file store, bound from "Acs:Files".</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Acs:Files";

    /// <summary>Largest file accepted by POST /api/v1/files; larger uploads get 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// The base URL devices download files from (the device plane as they reach it). When unset it is
    /// ACS_PUBLIC_URL (see <see cref="Planes.DeviceFacingUrls"/>).
    /// </summary>
    public string? DeviceBaseUrl { get; set; }
}
