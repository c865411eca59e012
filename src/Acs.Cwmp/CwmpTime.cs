using System.Globalization;

namespace Acs.Cwmp;

/// <summary>CWMP dateTime values: UTC, no fractional seconds on output; Unknown Time is 0001-01-01T00:00:00Z.</summary>
public static class CwmpTime
{
    public const string UnknownTime = "0001-01-01T00:00:00Z";

    public static string Format(DateTimeOffset? value) =>
        value is { } v && v.UtcDateTime.Year > 1
            ? v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : UnknownTime;

    /// <summary>Parses what devices send (with or without zone, fractions or offset); Unknown Time and garbage give null.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return null;
        }

        return parsed.Year <= 1 ? null : parsed;
    }
}
