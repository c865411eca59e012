namespace Acs.Core.Phones;

/// <summary>
/// A file request as either front sees it. BaseUrl is where this server serves profiles over HTTP; TFTP
/// requests carry no User-Agent or credentials, so the MAC comes from the file name alone.
/// </summary>
public sealed record ProvisioningRequest(
    ProvisioningFront Front, string Path, string BaseUrl, string? UserAgent = null, string? Authorization = null, string Method = "GET", string? RemoteAddress = null);
