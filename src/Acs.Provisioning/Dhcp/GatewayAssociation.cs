namespace Acs.Provisioning.Dhcp;

// TR-111 part 1 identity carried in option 125 (enterprise 3561). A device sends its own identity
// (sub-options 1-3) and the gateway answers with its identity (sub-options 4-6).
public sealed record GatewayAssociation(string ManufacturerOui, string SerialNumber, string ProductClass)
{
    public const byte DeviceManufacturerOui = 1;
    public const byte DeviceSerialNumber = 2;
    public const byte DeviceProductClass = 3;
    public const byte GatewayManufacturerOui = 4;
    public const byte GatewaySerialNumber = 5;
    public const byte GatewayProductClass = 6;

    public static string Name(int code) => code switch
    {
        DeviceManufacturerOui => "DeviceManufacturerOUI",
        DeviceSerialNumber => "DeviceSerialNumber",
        DeviceProductClass => "DeviceProductClass",
        GatewayManufacturerOui => "GatewayManufacturerOUI",
        GatewaySerialNumber => "GatewaySerialNumber",
        GatewayProductClass => "GatewayProductClass",
        _ => "unknown sub-option",
    };
}
