namespace Acs.Cwmp;

/// <summary>A parameter and its value. <see cref="Type"/> is a normalised xsi:type such as "xsd:string".</summary>
public sealed record ParameterValueStruct(string Name, string Value, string Type = XsdTypes.String);
