namespace Acs.Core.Phones;

// Ua is "na", "ro", "rw" or null (keep the phone's access); a null Value changes only the access.
public sealed record LayerParameter(string Name, string? Value, string? Ua, bool Secret);
