namespace Acs.Cwmp;

/// <summary>A GetParameterAttributes result item.</summary>
public sealed record ParameterAttributeStruct(string Name, int Notification, IReadOnlyList<string> AccessList);
