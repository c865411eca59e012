namespace Acs.Provisioning.Profiles;

// Canonical form is 12 lower-case hex digits, the form of the phone's $MA macro and of its file names.
public readonly record struct MacAddress
{
    private readonly string value;

    private MacAddress(string value) => this.value = value;

    public string Colons
    {
        get
        {
            var digits = ToString();
            return digits.Length == 0 ? string.Empty : string.Join(':', digits.Chunk(2).Select(pair => new string(pair)));
        }
    }

    public string Upper => ToString().ToUpperInvariant();

    public override string ToString() => value ?? string.Empty;

    // Accepts 001234ab45de, 00:12:34:AB:45:DE, 00-12-34-ab-45-de and Cisco's 0012.34ab.45de.
    public static bool TryParse(string? text, out MacAddress mac)
    {
        mac = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        string? digits = trimmed.Length switch
        {
            12 => trimmed,
            17 when HasSeparators(trimmed, 2, ':') || HasSeparators(trimmed, 2, '-') => trimmed.Replace(trimmed[2].ToString(), string.Empty),
            14 when HasSeparators(trimmed, 4, '.') => trimmed.Replace(".", string.Empty),
            _ => null,
        };
        if (digits is null || digits.Length != 12 || !digits.All(Uri.IsHexDigit))
        {
            return false;
        }

        mac = new MacAddress(digits.ToLowerInvariant());
        return true;
    }

    public static MacAddress Parse(string text) =>
        TryParse(text, out var mac) ? mac : throw new FormatException($"'{text}' is not a MAC address.");

    private static bool HasSeparators(string text, int group, char separator)
    {
        for (var i = group; i < text.Length; i += group + 1)
        {
            if (text[i] != separator)
            {
                return false;
            }
        }

        return true;
    }
}
