namespace Acs.Simulator.DataModel;

/// <summary>The factory configuration a virtual device is built with (what DHCP or the vendor would have set).</summary>
public sealed record DeviceSettings
{
    public string AcsUrl { get; init; } = "";

    /// <summary>Empty means the TR-069 convention OUI-ProductClass-SerialNumber.</summary>
    public string Username { get; init; } = "";

    public string Password { get; init; } = "";

    public string ConnectionRequestUsername { get; init; } = "";

    public string ConnectionRequestPassword { get; init; } = "";

    public bool PeriodicInformEnable { get; init; } = true;

    public uint PeriodicInformInterval { get; init; } = 3600;

    public string HardwareVersion { get; init; } = "1.0";

    public string SoftwareVersion { get; init; } = "1.0.0";

    public string ProvisioningCode { get; init; } = "";

    /// <summary>The last byte of the simulated addresses, so a fleet does not share one IP or MAC.</summary>
    public int AddressSeed { get; init; } = 2;
}
