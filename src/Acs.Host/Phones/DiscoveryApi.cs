using System.Net;
using System.Net.Sockets;
using Acs.Host.Api;
using Acs.Provisioning.Dhcp;
using Acs.Provisioning.Dns;
using Acs.Host.Planes;

namespace Acs.Host.Phones;

/// <summary>
/// What to put into DHCP and DNS so that CPEs find the ACS and phones find their profiles: the option
/// bytes, ready-to-paste Kea, ISC dhcpd and dnsmasq configuration, SRV records, and an option explainer.
/// </summary>
public static class DiscoveryApi
{
    public sealed record OptionView(int Code, string Name, string Hex, string Wire);

    public sealed record DhcpView(
        string AcsUrl, string ProfileUrl, IReadOnlyList<OptionView> Options, IReadOnlyList<OptionView> Dhcp6Options, string Kea, string IscDhcpd, string Dnsmasq);

    public sealed record DecodeRequest(int? Option, string? Hex, string? Framing);

    public sealed record SrvView(string Domain, IReadOnlyList<ProvisioningSrvRecord> Records, string Zone);

    public static RouteGroupBuilder MapDiscoveryApi(this RouteGroupBuilder api)
    {
        var discovery = api.MapGroup("/discovery").WithTags("Discovery");
        discovery.MapGet("/dhcp", Dhcp);
        discovery.MapPost("/dhcp/decode", Decode);
        discovery.MapGet("/dns-srv", DnsSrv);
        return api;
    }

    private static IResult Dhcp(DeviceFacingUrls urls, string? gatewayOui, string? gatewaySerial, string? gatewayProductClass)
    {
        var acs = new AcsDiscovery(urls.AcsUrl);
        var offer = Offer(urls.ProfileBaseUrl);
        var options = new List<OptionView> { View(DhcpOptions.AcsDiscovery(acs), "Vendor-Specific Information (ACS URL)"), View(DhcpOptions.VendorClass(), "Vendor class identifier") };
        if (gatewayOui is not null && gatewaySerial is not null && gatewayProductClass is not null)
        {
            options.Add(View(DhcpOptions.GatewayIdentity(new GatewayAssociation(gatewayOui, gatewaySerial, gatewayProductClass)), "V-I Vendor-Specific Information (TR-111 gateway)"));
        }

        options.AddRange(offer.Options().Select(o => View(o, o.Code switch
        {
            DhcpOptions.TftpServerNameCode => "TFTP server name",
            DhcpOptions.CiscoTftpServersCode => "Cisco TFTP servers",
            DhcpOptions.CiscoProvisioningServerCode => "Cisco provisioning server",
            _ => "Cisco provisioning URL",
        })));
        var v6 = new[] { Dhcp6Options.VendorClass(), Dhcp6Options.AcsDiscovery(acs) }
            .Select(o => new OptionView(o.Code, o.Code == Dhcp6Options.VendorClassCode ? "Vendor class" : "Vendor-specific information (ACS URL)", HexText.Plain(o.Value), HexText.Plain(o.ToBytes())))
            .ToList();
        return TypedResults.Ok(new DhcpView(
            urls.AcsUrl,
            urls.ProfileBaseUrl,
            options,
            v6,
            MergeKea(KeaConfig.AcsDiscovery(acs), KeaConfig.PhoneProvisioning(offer)),
            IscDhcpdConfig.AcsDiscovery(acs) + "\n" + IscDhcpdConfig.PhoneProvisioning(offer),
            DnsmasqConfig.AcsDiscovery(acs) + DnsmasqConfig.PhoneProvisioning(offer)));
    }

    private static IResult Decode(DecodeRequest request)
    {
        var framing = request.Framing switch
        {
            null or "codeLengthValue" => OptionFraming.CodeLengthValue,
            "valueOnly" => OptionFraming.ValueOnly,
            _ => (OptionFraming?)null,
        };
        if (framing is null)
        {
            return Problems.Invalid("framing", "must be codeLengthValue or valueOnly");
        }

        if (request.Hex is null)
        {
            return Problems.Invalid("hex", "is required");
        }

        OptionDecodeResult? result = request.Option switch
        {
            43 => DhcpOptionDecoder.DecodeVendorSpecific(request.Hex, framing.Value),
            60 => DhcpOptionDecoder.DecodeVendorClass(request.Hex, framing.Value),
            125 => DhcpOptionDecoder.DecodeVendorIdentifying(request.Hex, framing.Value),
            _ => null,
        };
        return result switch
        {
            DecodedOption decoded => TypedResults.Ok(new { option = request.Option, fields = decoded.Fields }),
            RejectedOption rejected => TypedResults.Problem(
                detail: rejected.Detail,
                statusCode: StatusCodes.Status400BadRequest,
                title: "The option could not be decoded",
                extensions: new Dictionary<string, object?>
                {
                    ["reason"] = rejected.Reason.ToString(),
                    ["offset"] = rejected.Offset,
                    ["fieldsBeforeFault"] = rejected.FieldsBeforeFault,
                }),
            _ => Problems.Invalid("option", "must be 43, 60 or 125"),
        };
    }

    // One record, for the scheme phones reach the profile URL with: _ciscoprov-https._tls only when that is
    // https (ACS_PUBLIC_URL or an https device plane), so a phone is never sent to a TLS port nobody serves.
    // SRV targets must be names, never addresses.
    private static IResult DnsSrv(string? domain, string? target, DeviceFacingUrls urls)
    {
        if (string.IsNullOrWhiteSpace(domain) || Uri.CheckHostName(domain.TrimEnd('.')) != UriHostNameType.Dns)
        {
            return Problems.Invalid("domain", "must be a DNS domain name");
        }

        var url = new Uri(urls.ProfileBaseUrl);
        var host = target ?? url.Host;
        if (Uri.CheckHostName(host.TrimEnd('.')) != UriHostNameType.Dns)
        {
            return Problems.Invalid("target", $"'{host}' is not a host name; pass ?target=<name of this server>");
        }

        var scheme = url.Scheme == Uri.UriSchemeHttps ? ProvisioningScheme.Https : ProvisioningScheme.Http;
        var records = new List<ProvisioningSrvRecord> { new(scheme, 10, 10, (ushort)url.Port, host) };
        return TypedResults.Ok(new SrvView(domain, records, ProvisioningZone.SrvRecords(domain, records)));
    }

    private static PhoneServerOffer Offer(string profileBaseUrl)
    {
        var host = new Uri(profileBaseUrl).Host;
        IReadOnlyList<IPAddress>? tftp = IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetwork ? [address] : null;
        return new PhoneServerOffer(host, tftp, profileBaseUrl, profileBaseUrl);
    }

    private static OptionView View(DhcpOption option, string name) => new(option.Code, name, HexText.Plain(option.Value), HexText.Plain(option.ToBytes()));

    private static string MergeKea(params string[] fragments)
    {
        var merged = new System.Text.Json.Nodes.JsonObject();
        foreach (var fragment in fragments)
        {
            foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(fragment)!.AsObject().ToList())
            {
                merged[key] = value?.DeepClone();
            }
        }

        return merged.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
