using Acs.Testing;
using System.Globalization;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>Runs the real curl against the server, as a phone would fetch, and reads back status, headers and body.</summary>
public static class Curl
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : string.Empty;

        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }

    public static Response Get(Uri url, string? userAgent, params string[] extra)
    {
        using var scratch = new ScratchDirectory();
        var body = Path.Combine(scratch.Path, "body");
        var headers = Path.Combine(scratch.Path, "headers");
        var arguments = new List<string> { "--silent", "--show-error", "--output", body, "--dump-header", headers, "--write-out", "%{http_code}" };
        if (userAgent is not null)
        {
            arguments.AddRange(["--user-agent", userAgent]);
        }

        arguments.AddRange(extra);
        arguments.Add(url.ToString());
        var run = ExternalTool.Run("/usr/bin/curl", arguments);
        Assert.True(run.ExitCode == 0, run.Describe());
        return new Response(
            int.Parse(System.Text.Encoding.ASCII.GetString(run.StandardOutput), CultureInfo.InvariantCulture),
            LastHeaders(File.ReadAllLines(headers)),
            File.Exists(body) ? File.ReadAllBytes(body) : []);
    }

    // With --digest curl dumps the 401 head first; the final response's head is the last block.
    private static Dictionary<string, string> LastHeaders(string[] lines)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                result.Clear();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                result[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return result;
    }
}
