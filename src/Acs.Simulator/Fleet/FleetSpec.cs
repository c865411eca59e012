using System.Globalization;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;

namespace Acs.Simulator.Fleet;

/// <summary>What a fleet is made of: how many devices, which share are phones, how they inform and behave.</summary>
public sealed record FleetSpec
{
    public const string Oui = "0011AA";

    public required Uri AcsUrl { get; init; }

    public int Count { get; init; } = 1000;

    /// <summary>Every n-th device is a phone (0: none); the rest are TR-181 gateways.</summary>
    public int PhoneEvery { get; init; } = 2;

    public string SerialPrefix { get; init; } = "FLT";

    public uint PeriodicInformInterval { get; init; } = 3600;

    public string Username { get; init; } = "";

    public string Password { get; init; } = "";

    public string ConnectionRequestUsername { get; init; } = "";

    public string ConnectionRequestPassword { get; init; } = "";

    /// <summary>Device i gets serial number i * stride, so a small fleet can speak for devices spread over a large database.</summary>
    public int SerialStride { get; init; } = 1;

    /// <summary>Shared by every device: a fleet misbehaves as a whole (faults, slow answers, dropped connections).</summary>
    public DeviceBehaviour Behaviour { get; init; } = new();

    /// <summary>Whether the ACS already knows the devices (periodic Informs) or meets them for the first time (BOOTSTRAP).</summary>
    public bool Registered { get; init; }

    public DeviceKind KindOf(int index) => PhoneEvery > 0 && index % PhoneEvery == PhoneEvery - 1 ? DeviceKind.Phone : DeviceKind.Gateway;

    public string SerialOf(int index) => SerialPrefix + ((long)index * SerialStride).ToString("D7", CultureInfo.InvariantCulture);

    public DeviceSettings SettingsFor(int index) => new()
    {
        AcsUrl = AcsUrl.ToString(),
        Username = Username,
        Password = Password,
        ConnectionRequestUsername = ConnectionRequestUsername,
        ConnectionRequestPassword = ConnectionRequestPassword,
        PeriodicInformInterval = PeriodicInformInterval,
        AddressSeed = (index % 250) + 2,
    };
}
