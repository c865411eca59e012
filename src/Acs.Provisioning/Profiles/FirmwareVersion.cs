using System.Globalization;

namespace Acs.Provisioning.Profiles;

// A firmware version as major, minor, micro, sub-build and build, read from either form:
//   load names  sip88xx.11-0-1MPP-312      -> 11.0.1 build 312 (sub-build 0: pre-11.3(2) format)
//               sip88xx.11-3-2MPP0001-609  -> 11.3.2 sub-build 1 build 609
//               sip88xx.12-0-1-0001-1      -> 12.0.1 sub-build 1 build 1
//   User-Agent  12.0.1 / 11.0              -> only the leading parts are known
// Two versions compare on the parts both know: a User-Agent "12.0.1" is neither older nor newer than
// any 12.0.1 load, because the short form cannot tell the builds of one release apart.
public sealed class FirmwareVersion
{
    private FirmwareVersion(string text, IReadOnlyList<int> parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    public IReadOnlyList<int> Parts { get; }

    public static bool TryParse(string? text, out FirmwareVersion version)
    {
        version = new FirmwareVersion(string.Empty, []);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var body = text.Trim();
        if (body.EndsWith(".loads", StringComparison.OrdinalIgnoreCase))
        {
            body = body[..^".loads".Length];
        }

        var isLoadName = body.Contains('-', StringComparison.Ordinal);
        if (isLoadName)
        {
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && char.IsAsciiLetter(body[0]))
            {
                body = body[(dot + 1)..];
            }
        }

        var runs = DigitRuns(body);
        int[]? parts = (isLoadName, runs.Count) switch
        {
            (true, 4) => [runs[0], runs[1], runs[2], 0, runs[3]],
            (true, 5) => [.. runs],
            (false, >= 1 and <= 5) when IsDotted(body) => [.. runs],
            _ => null,
        };
        if (parts is null)
        {
            return false;
        }

        version = new FirmwareVersion(text.Trim(), parts);
        return true;
    }

    public static FirmwareVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a firmware version.");

    public int CompareShared(FirmwareVersion other)
    {
        var shared = Math.Min(Parts.Count, other.Parts.Count);
        for (var i = 0; i < shared; i++)
        {
            var order = Parts[i].CompareTo(other.Parts[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    public bool IsOlderThan(FirmwareVersion other) => CompareShared(other) < 0;

    public override string ToString() => string.Join('.', Parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    private static bool IsDotted(string text) =>
        char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]) && text.All(c => char.IsAsciiDigit(c) || c == '.') && !text.Contains("..", StringComparison.Ordinal);

    private static List<int> DigitRuns(string text)
    {
        var runs = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (!int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return [];
            }

            runs.Add(number);
        }

        return runs;
    }
}
