namespace Acs.Cwmp;

/// <summary>The identity a CPE reports in Inform.</summary>
public sealed record DeviceIdStruct(string Manufacturer, string OUI, string ProductClass, string SerialNumber);
