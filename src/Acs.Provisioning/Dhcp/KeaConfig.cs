using System.Text.Json;
using System.Text.Json.Nodes;

namespace Acs.Provisioning.Dhcp;

// Fragments to merge into the "Dhcp4" object of a kea-dhcp4 configuration.
public static class KeaConfig
{
    public const string CwmpClientClass = "cwmp-cpe";

    private const string EncapsulatedSpace = "vendor-encapsulated-options-space";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Returns {"option-def": [...], "client-classes": [...]}. The class matches option 60 ending in
    // "dslforum.org", which covers the plain value and combined ones such as "eRouter1.0 dslforum.org".
    public static string AcsDiscovery(AcsDiscovery discovery)
    {
        var definitions = new JsonArray();
        var data = new JsonArray { new JsonObject { ["name"] = "vendor-encapsulated-options" } };
        foreach (var (code, text) in discovery.SubOptions())
        {
            var name = SubOptionName(code);
            definitions.Add(new JsonObject { ["space"] = EncapsulatedSpace, ["name"] = name, ["code"] = code, ["type"] = "string" });
            data.Add(new JsonObject { ["space"] = EncapsulatedSpace, ["name"] = name, ["data"] = EscapeCsv(text) });
        }

        var clientClass = new JsonObject
        {
            ["name"] = CwmpClientClass,
            ["test"] = $"substring(option[60].hex,-{CwmpSubOptions.VendorClass.Length},all) == '{CwmpSubOptions.VendorClass}'",
            ["option-data"] = data,
        };
        var fragment = new JsonObject { ["option-def"] = definitions, ["client-classes"] = new JsonArray { clientClass } };
        return fragment.ToJsonString(Indented);
    }

    // Returns {"option-data": [...]}. Options 150, 159 and 160 go as raw hex because Kea's own
    // definitions for those codes (if any) are not Cisco's.
    public static string PhoneProvisioning(PhoneServerOffer offer)
    {
        var data = new JsonArray();
        foreach (var option in offer.Options())
        {
            data.Add(option.Code == DhcpOptions.TftpServerNameCode
                ? new JsonObject { ["name"] = "tftp-server-name", ["data"] = EscapeCsv(System.Text.Encoding.ASCII.GetString(option.Value)) }
                : new JsonObject { ["code"] = option.Code, ["csv-format"] = false, ["data"] = HexText.Plain(option.Value).ToUpperInvariant() });
        }

        return new JsonObject { ["option-data"] = data }.ToJsonString(Indented);
    }

    private static string SubOptionName(byte code) => code switch
    {
        CwmpSubOptions.AcsUrl => "cwmp-acs-url",
        CwmpSubOptions.ProvisioningCode => "cwmp-provisioning-code",
        CwmpSubOptions.RetryMinimumWaitInterval => "cwmp-retry-minimum-wait-interval",
        _ => "cwmp-retry-interval-multiplier",
    };

    // Kea splits csv-format data on commas; a literal comma is written "\,".
    private static string EscapeCsv(string text) => text.Replace(",", "\\,");
}
