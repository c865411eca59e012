namespace Acs.Provisioning.Profiles;

// The conventional layer order for one phone; later layers override earlier ones.
public static class ProfileLayerKeys
{
    public const string Default = "default";

    public static IReadOnlyList<string> For(string productName, IEnumerable<string> tags, MacAddress mac) =>
        [Default, $"models/{productName}", .. tags.Select(tag => $"tags/{tag}"), $"macs/{mac}"];
}
