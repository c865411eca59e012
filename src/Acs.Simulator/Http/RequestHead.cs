using System.Text;

namespace Acs.Simulator.Http;

/// <summary>
/// The request line and headers of an HTTP/1.x request, which is all a connection request carries.
/// Parsing is incremental: feed what has arrived; an unfinished head is a normal result.
/// </summary>
public sealed record RequestHead(string Method, string Target, string Version, IReadOnlyDictionary<string, string> Headers)
{
    private const int MaxHeadLength = 16 * 1024;

    public string Path => Target.Split('?', 2)[0];

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public static RequestHeadStatus TryParse(ReadOnlySpan<byte> buffer, out RequestHead? head, out int consumed)
    {
        head = null;
        consumed = 0;
        var end = buffer.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return buffer.Length > MaxHeadLength ? RequestHeadStatus.Malformed : RequestHeadStatus.NeedMoreData;
        }

        var lines = Encoding.Latin1.GetString(buffer[..end]).Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal) || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return RequestHeadStatus.Malformed;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                return RequestHeadStatus.Malformed;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        head = new RequestHead(parts[0], parts[1], parts[2], headers);
        consumed = end + 4;
        return RequestHeadStatus.Complete;
    }
}
