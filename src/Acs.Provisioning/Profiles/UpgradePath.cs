namespace Acs.Provisioning.Profiles;

// An ordered list of firmware loads a phone must install one after another (intermediate loads first,
// the target last). The server answers each request with the next step only, so a phone two releases
// behind passes through the intermediate load instead of relying on the phone's own version compare.
public sealed class UpgradePath
{
    private readonly List<(string Load, FirmwareVersion Version)> steps = [];

    public UpgradePath(IEnumerable<string> loads)
    {
        foreach (var load in loads)
        {
            if (!FirmwareVersion.TryParse(load, out var version))
            {
                throw new ArgumentException($"'{load}' is not a firmware load name.", nameof(loads));
            }

            if (steps.Count > 0 && !steps[^1].Version.IsOlderThan(version))
            {
                throw new ArgumentException($"'{load}' is not newer than '{steps[^1].Load}'; the path must be in upgrade order.", nameof(loads));
            }

            steps.Add((load, version));
        }
    }

    public IReadOnlyList<string> Loads => [.. steps.Select(s => s.Load)];

    // The first load newer than the running version, or null when the phone is at (or past) the target.
    public string? NextLoad(FirmwareVersion running) =>
        steps.FirstOrDefault(step => running.IsOlderThan(step.Version)).Load;

    // Upgrade_Rule takes no [options] and needs an explicit server: the URL of the .loads file.
    public static string UpgradeRule(string firmwareBaseUrl, string load)
    {
        var file = load.EndsWith(".loads", StringComparison.OrdinalIgnoreCase) ? load : load + ".loads";
        return $"{firmwareBaseUrl.TrimEnd('/')}/{file}";
    }
}
