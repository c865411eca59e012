namespace Acs.Host.Cwmp;

/// <summary>
/// The session cookie. Devices return it as sent, with extra attributes echoed, quoted, separated by commas
/// instead of semicolons, or not at all; the reader accepts all of those.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "acs_session";

    public static string? Read(HttpRequest request)
    {
        foreach (var header in request.Headers.Cookie)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var part in header.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0 && part.AsSpan(0, eq).Trim().Equals(Name, StringComparison.OrdinalIgnoreCase))
                {
                    var value = part[(eq + 1)..].Trim().Trim('"');
                    return value.Length > 0 ? value : null;
                }
            }
        }

        return null;
    }

    public static string Format(string sessionId) => $"{Name}={sessionId}; Path=/; HttpOnly";
}
