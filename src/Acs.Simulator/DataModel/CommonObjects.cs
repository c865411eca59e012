using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>DeviceInfo and ManagementServer, which TR-106 and TR-181 devices share under "Device.".</summary>
public static class CommonObjects
{
    private const ParameterFlags Writable = ParameterFlags.Writable;

    public static void DefineDeviceInfo(ParameterTree tree, DeviceIdStruct id, DeviceSettings settings, string modelName)
    {
        var info = tree.Root + "DeviceInfo.";
        tree.Define(info + "Manufacturer", id.Manufacturer);
        tree.Define(info + "ManufacturerOUI", id.OUI);
        tree.Define(info + "ModelName", modelName);
        tree.Define(info + "Description", modelName + " (virtual)");
        tree.Define(info + "ProductClass", id.ProductClass);
        tree.Define(info + "SerialNumber", id.SerialNumber);
        tree.Define(info + "HardwareVersion", settings.HardwareVersion, XsdTypes.String, ParameterFlags.ForcedInform);
        tree.Define(info + "SoftwareVersion", settings.SoftwareVersion, XsdTypes.String,
            ParameterFlags.ForcedInform | ParameterFlags.ForceActive);
        tree.Define(info + "ProvisioningCode", settings.ProvisioningCode, XsdTypes.String,
            Writable | ParameterFlags.ForcedInform | ParameterFlags.ForceActive);
        tree.Define(info + "UpTime", "0", XsdTypes.UnsignedInt);
    }

    public static void DefineManagementServer(ParameterTree tree, DeviceIdStruct id, DeviceSettings settings)
    {
        var ms = tree.Root + "ManagementServer.";
        var username = settings.Username.Length > 0 ? settings.Username : DefaultUsername(id);
        tree.Define(ms + "URL", settings.AcsUrl, XsdTypes.String, Writable);
        tree.Define(ms + "Username", username, XsdTypes.String, Writable);
        tree.Define(ms + "Password", settings.Password, XsdTypes.String, Writable | ParameterFlags.Hidden);
        tree.Define(ms + "PeriodicInformEnable", settings.PeriodicInformEnable ? "true" : "false", XsdTypes.Boolean, Writable);
        tree.Define(ms + "PeriodicInformInterval", settings.PeriodicInformInterval.ToString(System.Globalization.CultureInfo.InvariantCulture),
            XsdTypes.UnsignedInt, Writable);
        tree.Define(ms + "PeriodicInformTime", CwmpTime.UnknownTime, XsdTypes.DateTime, Writable);
        tree.Define(ms + "ParameterKey", "", XsdTypes.String, ParameterFlags.ForcedInform | ParameterFlags.CanDenyActive);
        tree.Define(ms + "ConnectionRequestURL", "", XsdTypes.String, ParameterFlags.ForcedInform | ParameterFlags.ActiveByDefault);
        tree.Define(ms + "ConnectionRequestUsername", settings.ConnectionRequestUsername, XsdTypes.String, Writable);
        tree.Define(ms + "ConnectionRequestPassword", settings.ConnectionRequestPassword, XsdTypes.String,
            Writable | ParameterFlags.Hidden);
        tree.Define(ms + "UpgradesManaged", "false", XsdTypes.Boolean, Writable);
        tree.Define(ms + "CWMPRetryMinimumWaitInterval", "5", XsdTypes.UnsignedInt, Writable);
        tree.Define(ms + "CWMPRetryIntervalMultiplier", "2000", XsdTypes.UnsignedInt, Writable);
    }

    /// <summary>OUI-ProductClass-SerialNumber, or OUI-SerialNumber when there is no product class.</summary>
    public static string DefaultUsername(DeviceIdStruct id) =>
        id.ProductClass.Length > 0 ? $"{id.OUI}-{id.ProductClass}-{id.SerialNumber}" : $"{id.OUI}-{id.SerialNumber}";

    /// <summary>A locally administered MAC address derived from the seed, stable per device.</summary>
    public static string MacAddress(int seed, int port) =>
        $"02:00:{(seed >> 16) & 0xFF:x2}:{(seed >> 8) & 0xFF:x2}:{seed & 0xFF:x2}:{port:x2}";
}
