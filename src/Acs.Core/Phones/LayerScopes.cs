namespace Acs.Core.Phones;

public static class LayerScopes
{
    public const string Default = "default";
    public const string Models = "models";
    public const string Tags = "tags";
    public const string Macs = "macs";

    public static bool IsKnown(string scope) => scope is Default or Models or Tags or Macs;
}
