namespace Acs.Core.ConnectionRequests;

/// <summary>Sends the HTTP GET of a Connection Request; the seam tests replace to fake a device's listener.</summary>
public interface IConnectionRequester
{
    Task<ConnectionRequestResult> SendAsync(Uri url, string? username, string? password, CancellationToken ct);
}
