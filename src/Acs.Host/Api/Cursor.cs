using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Acs.Host.Api;

/// <summary>
/// Opaque keyset cursors: the last key of a page, base64url-encoded so clients treat it as a token and
/// the key format can change without breaking them.
/// </summary>
public static class Cursor
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static string Encode(long key) => Encode(key.ToString(CultureInfo.InvariantCulture));

    public static bool TryDecode(string? cursor, out string key)
    {
        key = "";
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        try
        {
            key = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool TryDecode(string? cursor, out long key)
    {
        key = 0;
        return TryDecode(cursor, out string text) && (text.Length == 0 || long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out key));
    }

    /// <summary>Validates limit and cursor together; returns the 400 to send, or null.</summary>
    public static IResult? Check(int? limit, string? cursor, bool cursorValid, out int take)
    {
        take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"must be between 1 and {MaxLimit}");
        }

        return cursorValid ? null : Problems.Invalid("cursor", "is not a cursor this server issued");
    }
}
