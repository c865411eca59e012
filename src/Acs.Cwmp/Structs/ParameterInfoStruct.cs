namespace Acs.Cwmp;

/// <summary>A GetParameterNames result item; object names end with ".".</summary>
public sealed record ParameterInfoStruct(string Name, bool Writable);
