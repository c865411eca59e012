namespace Acs.Host.Tests.Phones;

// A phone as the tests know it: its MAC and the User-Agent its firmware sends.
public sealed record Phone(string Mac, string ProductName = "CP-8851-3PCC", string Firmware = "12.0.1")
{
    public string UserAgent => $"Cisco-{ProductName}/{Firmware} ({Mac})";

    public string ProfilePath => $"/phones/{Mac}.xml";
}
