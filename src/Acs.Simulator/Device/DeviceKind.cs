namespace Acs.Simulator.Device;

public enum DeviceKind
{
    Gateway,
    Phone,
}
