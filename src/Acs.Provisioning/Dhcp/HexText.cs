namespace Acs.Provisioning.Dhcp;

// Hex as people paste it: "01:1c:68", "01-1C-68", "01 1c 68", "0x011c68" or "011c68".
public static class HexText
{
    public static string WithColons(ReadOnlySpan<byte> bytes) => Join(bytes, ':');

    public static string Plain(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static string Join(ReadOnlySpan<byte> bytes, char separator)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var chars = new char[(bytes.Length * 3) - 1];
        for (var i = 0; i < bytes.Length; i++)
        {
            var hex = Convert.ToHexStringLower(bytes.Slice(i, 1));
            chars[i * 3] = hex[0];
            chars[(i * 3) + 1] = hex[1];
            if (i < bytes.Length - 1)
            {
                chars[(i * 3) + 2] = separator;
            }
        }

        return new string(chars);
    }

    // Separators may sit between bytes only; a lone nibble ("1:02") is refused rather than guessed at.
    public static bool TryParse(string text, out byte[] bytes, out string error)
    {
        bytes = [];
        var trimmed = text.Trim();
        if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[2..];
        }

        var digits = new List<char>(trimmed.Length);
        var sinceSeparator = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (Uri.IsHexDigit(c))
            {
                digits.Add(c);
                sinceSeparator++;
            }
            else if (c is ':' or '-' or ' ' or '\t' or '\r' or '\n' or '.')
            {
                if (sinceSeparator % 2 != 0)
                {
                    error = $"odd number of hex digits before the separator at position {i}";
                    return false;
                }

                sinceSeparator = 0;
            }
            else
            {
                error = $"'{c}' at position {i} is not a hex digit";
                return false;
            }
        }

        if (digits.Count % 2 != 0)
        {
            error = "odd number of hex digits";
            return false;
        }

        bytes = Convert.FromHexString(new string([.. digits]));
        error = string.Empty;
        return true;
    }
}
