using System.Globalization;
using System.Text;

namespace Acs.Cwmp;

// Turns the body bytes into text. The Content-Type charset wins over the XML declaration because the
// HTTP header is what the device's stack actually encoded with; a truncated declaration is ignored so
// that a cut-off body is reported as malformed XML rather than as an unknown charset. Decoding is strict:
// bytes that are not valid in the charset are refused rather than replaced by U+FFFD, because two serial
// numbers differing only in such a byte would otherwise become one device.
internal static class BodyText
{
    public enum Failure
    {
        None,
        UnsupportedCharset,
        InvalidBytes,
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Failure TryDecode(ReadOnlySpan<byte> body, string? contentTypeCharset, out string text, out string? error)
    {
        text = "";
        error = null;
        var encoding = Choose(ref body, contentTypeCharset, out var declared);
        if (encoding is null)
        {
            error = $"Unsupported charset '{declared}'.";
            return Failure.UnsupportedCharset;
        }

        try
        {
            text = encoding.GetString(body);
            return Failure.None;
        }
        catch (DecoderFallbackException e)
        {
            var bytes = e.BytesUnknown is { Length: > 0 } unknown ? Convert.ToHexString(unknown) : "?";
            var charset = declared.Length > 0 ? declared : "UTF-8 (no charset declared)";
            error = $"Bytes 0x{bytes} at offset {Math.Max(0, e.Index).ToString(CultureInfo.InvariantCulture)} are not valid {charset}; "
                    + "declare the charset the text is encoded in.";
            return Failure.InvalidBytes;
        }
    }

    /// <summary>The text with invalid bytes replaced, only to see which message a refused body carried.</summary>
    public static string DecodeLeniently(ReadOnlySpan<byte> body, string? contentTypeCharset)
    {
        var strict = Choose(ref body, contentTypeCharset, out _) ?? StrictUtf8;
        var lenient = Encoding.GetEncoding(strict.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return lenient.GetString(body);
    }

    private static Encoding? Choose(ref ReadOnlySpan<byte> body, string? contentTypeCharset, out string declared)
    {
        Encoding? encoding = null;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
            encoding = StrictUtf8;
        }
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            body = body[2..];
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            body = body[2..];
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        declared = NormalizeCharset(contentTypeCharset);
        if (declared.Length == 0 && encoding is null)
        {
            declared = DeclaredInProlog(body);
        }

        return declared.Length > 0 ? Lookup(declared) : encoding ?? StrictUtf8;
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
            return StrictUtf8;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Unknown names throw ArgumentException; charsets the runtime refuses (UTF-7) throw NotSupportedException.
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
