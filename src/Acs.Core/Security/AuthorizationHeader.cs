using System.Text;

namespace Acs.Core.Security;

/// <summary>A parsed Authorization (or WWW-Authenticate) header: its scheme and its parameters.</summary>
public sealed record AuthorizationHeader(string Scheme, IReadOnlyDictionary<string, string> Parameters, string? Token68)
{
    /// <summary>Parses "Digest a=b, c="d"" and "Basic token"; null when the header is absent or unreadable.</summary>
    public static AuthorizationHeader? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var text = header.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return new AuthorizationHeader(text, new Dictionary<string, string>(), null);
        }

        var scheme = text[..space];
        var rest = text[(space + 1)..].Trim();
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return new AuthorizationHeader("Basic", new Dictionary<string, string>(), rest);
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < rest.Length)
        {
            while (i < rest.Length && (rest[i] == ',' || char.IsWhiteSpace(rest[i])))
            {
                i++;
            }

            var eq = rest.IndexOf('=', i);
            if (eq < 0)
            {
                break;
            }

            var name = rest[i..eq].Trim();
            i = eq + 1;
            string value;
            if (i < rest.Length && rest[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                while (i < rest.Length && rest[i] != '"')
                {
                    if (rest[i] == '\\' && i + 1 < rest.Length)
                    {
                        i++;
                    }

                    builder.Append(rest[i]);
                    i++;
                }

                i++;
                value = builder.ToString();
            }
            else
            {
                var end = rest.IndexOf(',', i);
                end = end < 0 ? rest.Length : end;
                value = rest[i..end].Trim();
                i = end;
            }

            parameters[name] = value;
        }

        return new AuthorizationHeader(scheme, parameters, null);
    }

    public string? this[string name] => Parameters.GetValueOrDefault(name);
}
