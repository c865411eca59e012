using System.Globalization;
using Acs.Simulator.Device;
using Acs.Simulator.Http;

namespace Acs.Simulator.Cli;

/// <summary>The command line of the simulator, parsed by hand: "--name value" pairs only.</summary>
public sealed record SimulatorOptions
{
    public const string Usage =
        "usage: Acs.Simulator --acs URL [--kind gateway|phone] [--serial SIM0001] [--count N] [--sessions K]\n"
        + "                     [--username U --password P] [--cr-username U --cr-password P] [--periodic SECONDS] [--oui 0011AA] [--cr-port PORT]\n"
        + "                     [--ca-file ca.pem] [--client-cert cert.pem --client-key key.pem]\n"
        + "                     [--xml-declaration accept|reject] [--fault-shape standard|nested|unwrapped]";

    public required Uri AcsUrl { get; init; }

    public DeviceKind Kind { get; init; } = DeviceKind.Gateway;

    public string Serial { get; init; } = "SIM0001";

    public int Count { get; init; } = 1;

    /// <summary>Sessions per device before exiting; null runs until Ctrl+C.</summary>
    public int? Sessions { get; init; }

    public string Username { get; init; } = "";

    public string Password { get; init; } = "";

    /// <summary>What the device's connection-request listener demands from the ACS (empty: no authentication).</summary>
    public string ConnectionRequestUsername { get; init; } = "";

    public string ConnectionRequestPassword { get; init; } = "";

    public uint? PeriodicSeconds { get; init; }

    public string Oui { get; init; } = "0011AA";

    public int ConnectionRequestPort { get; init; }

    /// <summary>A PEM CA bundle to trust for an https:// ACS instead of the machine's store.</summary>
    public string? CaFile { get; init; }

    /// <summary>A PEM client certificate and key presented to the ACS.</summary>
    public string? ClientCertificateFile { get; init; }

    public string? ClientKeyFile { get; init; }

    /// <summary>reject: fail on ACS bodies that start with an XML declaration (see <see cref="DeviceBehaviour.RejectXmlDeclaration"/>).</summary>
    public bool RejectXmlDeclaration { get; init; }

    public FaultShape FaultShape { get; init; } = FaultShape.Standard;

    /// <summary>The behaviour knobs the command line sets, for each device it runs.</summary>
    public DeviceBehaviour Behaviour() => new()
    {
        RejectXmlDeclaration = RejectXmlDeclaration,
        FaultShape = FaultShape,
        Tls = CaFile is { } caFile ? ClientTls.FromPemFiles(caFile, ClientCertificateFile, ClientKeyFile) : null,
    };

    public static (SimulatorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return (null, $"expected \"--name value\" at \"{args[i]}\"");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var known = new[] { "acs", "kind", "serial", "count", "sessions", "username", "password", "cr-username", "cr-password", "periodic", "oui", "cr-port", "ca-file", "client-cert", "client-key", "xml-declaration", "fault-shape" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            return (null, $"unknown option --{unknown}");
        }

        if (!values.TryGetValue("acs", out var acs) || !Uri.TryCreate(acs, UriKind.Absolute, out var acsUrl))
        {
            return (null, "--acs needs an absolute URL");
        }

        var kind = values.GetValueOrDefault("kind", "gateway") switch
        {
            "phone" => DeviceKind.Phone,
            "gateway" => (DeviceKind?)DeviceKind.Gateway,
            _ => null,
        };
        if (kind is null)
        {
            return (null, "--kind is gateway or phone");
        }

        if (!TryNumber(values, "count", 1, out var count) || count < 1
            || !TryNumber(values, "sessions", 0, out var sessions) || sessions < 0
            || !TryNumber(values, "periodic", 0, out var periodic) || periodic < 0
            || !TryNumber(values, "cr-port", 0, out var port) || port is < 0 or > 65535)
        {
            return (null, "--count, --sessions, --periodic and --cr-port take non-negative numbers");
        }

        var oui = values.GetValueOrDefault("oui", "0011AA").ToUpperInvariant();
        if (oui.Length != 6 || !oui.All(Uri.IsHexDigit))
        {
            return (null, "--oui is six hexadecimal digits");
        }

        if (values.ContainsKey("client-cert") != values.ContainsKey("client-key"))
        {
            return (null, "--client-cert and --client-key go together");
        }

        var declaration = values.GetValueOrDefault("xml-declaration", "accept");
        if (declaration is not ("accept" or "reject"))
        {
            return (null, "--xml-declaration is accept or reject");
        }

        FaultShape? shape = values.GetValueOrDefault("fault-shape", "standard") switch
        {
            "standard" => FaultShape.Standard,
            "nested" => FaultShape.Nested,
            "unwrapped" => FaultShape.Unwrapped,
            _ => null,
        };
        if (shape is null)
        {
            return (null, "--fault-shape is standard, nested or unwrapped");
        }

        return (new SimulatorOptions
        {
            AcsUrl = acsUrl,
            Kind = kind.Value,
            Serial = values.GetValueOrDefault("serial", "SIM0001"),
            Count = count,
            Sessions = values.ContainsKey("sessions") ? sessions : null,
            Username = values.GetValueOrDefault("username", ""),
            Password = values.GetValueOrDefault("password", ""),
            ConnectionRequestUsername = values.GetValueOrDefault("cr-username", ""),
            ConnectionRequestPassword = values.GetValueOrDefault("cr-password", ""),
            PeriodicSeconds = values.ContainsKey("periodic") ? (uint)periodic : null,
            Oui = oui,
            ConnectionRequestPort = port,
            CaFile = values.GetValueOrDefault("ca-file"),
            ClientCertificateFile = values.GetValueOrDefault("client-cert"),
            ClientKeyFile = values.GetValueOrDefault("client-key"),
            RejectXmlDeclaration = declaration == "reject",
            FaultShape = shape.Value,
        }, null);
    }

    /// <summary>The serial of the index-th device: a trailing number counts up and keeps its width (SIM0001, SIM0002).</summary>
    public string SerialFor(int index)
    {
        var digits = Serial.Length - Serial.AsSpan().TrimEnd("0123456789").Length;
        if (digits == 0)
        {
            return index == 0 ? Serial : $"{Serial}-{index + 1}";
        }

        var number = long.Parse(Serial.AsSpan(Serial.Length - digits), CultureInfo.InvariantCulture) + index;
        return Serial[..^digits] + number.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    private static bool TryNumber(Dictionary<string, string> values, string name, int fallback, out int number)
    {
        if (!values.TryGetValue(name, out var text))
        {
            number = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
