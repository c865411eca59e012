using System.Net;
using System.Text;
using Acs.Cwmp;

namespace Acs.Simulator.Device;

/// <summary>Performs the HTTP side of Download (GET) and Upload (PUT) when a device fetches for real.</summary>
public static class FileTransfer
{
    public static async Task<(FaultStruct Fault, long Bytes)> DownloadAsync(Download request, CancellationToken cancellationToken)
    {
        using var client = CreateClient(request.Username, request.Password);
        try
        {
            using var response = await client.GetAsync(new Uri(request.URL), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (Failure(StatusFault(response.StatusCode, FaultCodes.DownloadFailure)), 0);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return request.FileSize > 0 && body.Length != request.FileSize
                ? (Failure(9018), body.Length)
                : (FaultStruct.Success, body.Length);
        }
        catch (HttpRequestException)
        {
            return (Failure(9015), 0);
        }
    }

    public static async Task<(FaultStruct Fault, long Bytes)> UploadAsync(Upload request, byte[] content, CancellationToken cancellationToken)
    {
        using var client = CreateClient(request.Username, request.Password);
        try
        {
            using var body = new ByteArrayContent(content);
            using var response = await client.PutAsync(new Uri(request.URL), body, cancellationToken);
            return response.IsSuccessStatusCode
                ? (FaultStruct.Success, content.Length)
                : (Failure(StatusFault(response.StatusCode, FaultCodes.UploadFailure)), 0);
        }
        catch (HttpRequestException)
        {
            return (Failure(9015), 0);
        }
    }

    /// <summary>What a device uploads as its "configuration file": its parameters as name=value lines.</summary>
    public static byte[] ConfigurationDump(IEnumerable<ParameterValueStruct> parameters) =>
        Encoding.UTF8.GetBytes(string.Concat(parameters.Select(p => $"{p.Name}={p.Value}\n")));

    public static FaultStruct Failure(uint code) => new(code, FaultCodes.Describe(code));

    private static uint StatusFault(HttpStatusCode status, uint general) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? FaultCodes.FileServerAuthenticationFailure
        : status is HttpStatusCode.NotFound ? 9016u
        : general;

    private static HttpClient CreateClient(string username, string password)
    {
        var handler = new SocketsHttpHandler();
        if (username.Length > 0)
        {
            handler.Credentials = new NetworkCredential(username, password);
        }

        return new HttpClient(handler, disposeHandler: true) { Timeout = TimeSpan.FromMinutes(5) };
    }
}
