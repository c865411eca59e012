using System.Text;

namespace Acs.Cwmp;

// Turns the body bytes into text. The Content-Type charset wins over the XML declaration because the
// HTTP header is what the device's stack actually encoded with; a truncated declaration is ignored so
// that a cut-off body is reported as malformed XML rather than as an unknown charset.
internal static class BodyText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static bool TryDecode(ReadOnlySpan<byte> body, string? contentTypeCharset, out string text, out string? error)
    {
        text = "";
        error = null;
        Encoding? encoding = null;

        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
            encoding = Utf8;
        }
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            body = body[2..];
            encoding = Encoding.Unicode;
        }
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            body = body[2..];
            encoding = Encoding.BigEndianUnicode;
        }

        var declared = NormalizeCharset(contentTypeCharset);
        if (declared.Length == 0 && encoding is null)
        {
            declared = DeclaredInProlog(body);
        }

        if (declared.Length > 0)
        {
            encoding = Lookup(declared);
            if (encoding is null)
            {
                error = $"Unsupported charset '{declared}'.";
                return false;
            }
        }

        text = (encoding ?? Utf8).GetString(body);
        return true;
    }

    private static string NormalizeCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return "";
        }

        return charset.Trim().Trim('"', '\'').Trim();
    }

    private static Encoding? Lookup(string name)
    {
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Reads encoding="..." from a complete <?xml ...?> declaration written in ASCII.
    private static string DeclaredInProlog(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith("<?xml"u8))
        {
            return "";
        }

        var end = body.IndexOf("?>"u8);
        if (end < 0)
        {
            return "";
        }

        var declaration = body[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return "";
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart(" \t\r\n="u8);
        if (rest.Length == 0 || (rest[0] != (byte)'"' && rest[0] != (byte)'\''))
        {
            return "";
        }

        var quote = rest[0];
        rest = rest[1..];
        var close = rest.IndexOf(quote);
        return close < 0 ? "" : Encoding.ASCII.GetString(rest[..close]);
    }
}
