namespace Acs.Cwmp;

/// <summary>A name/value argument of RequestDownload.</summary>
public sealed record ArgStruct(string Name, string Value);
