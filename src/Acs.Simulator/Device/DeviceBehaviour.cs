using Acs.Cwmp;

namespace Acs.Simulator.Device;

/// <summary>Knobs that make a virtual device misbehave or differ the way real CPEs do, for tests and load.</summary>
public sealed class DeviceBehaviour
{
    /// <summary>Answer these ACS methods (by name, e.g. "SetParameterValues") with a fault of the given code.</summary>
    public Dictionary<string, uint> FaultOnMethod { get; } = new(StringComparer.Ordinal);

    /// <summary>Close the connection after receiving the Nth ACS request of a session (1-based), without answering it.</summary>
    public int? DropConnectionOnAcsRequest { get; set; }

    /// <summary>False: never send the session cookie back, as some CPEs do.</summary>
    public bool ReturnCookie { get; set; } = true;

    /// <summary>Wait this long (on the device's TimeProvider) before answering each ACS request.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>Awaited before answering each ACS request, so a test can hold the device mid-session.</summary>
    public Func<CwmpMessage, CancellationToken, Task>? BeforeAnswer { get; set; }

    /// <summary>The CA the device trusts and its client certificate, for an https:// ACS URL; null trusts the machine's store.</summary>
    public Http.ClientTls? Tls { get; set; }

    /// <summary>The namespace the device speaks (cwmp-1-0 to cwmp-1-4).</summary>
    public string CwmpNamespace { get; set; } = CwmpNamespaces.Cwmp12;

    /// <summary>When set, the Inform carries SupportedCWMPVersions (CWMP 1.4 negotiation).</summary>
    public IReadOnlyList<string>? SupportedCwmpVersions { get; set; }

    /// <summary>Ask the ACS for its methods after every InformResponse.</summary>
    public bool SendGetRpcMethods { get; set; }

    /// <summary>Compress request bodies with Content-Encoding: gzip.</summary>
    public bool GzipRequests { get; set; }

    /// <summary>Really GET downloads and PUT uploads over HTTP instead of pretending.</summary>
    public bool FetchFiles { get; set; }

    /// <summary>0 for success, or the fault a Download ends with (9010, 9015, ...).</summary>
    public uint DownloadFaultCode { get; set; }

    /// <summary>0 for success, or the fault an Upload ends with (9011, ...).</summary>
    public uint UploadFaultCode { get; set; }

    /// <summary>
    /// Fail on any ACS body that starts with an XML declaration, like an agent that wraps what it receives in
    /// a root element of its own before parsing (the declaration is then no longer at the start, which XML forbids).
    /// </summary>
    public bool RejectXmlDeclaration { get; set; }

    /// <summary>Where the faults the device sends put the cwmp:Fault.</summary>
    public FaultShape FaultShape { get; set; } = FaultShape.Standard;

    /// <summary>SoftwareVersion after a successful firmware download; null derives it from the file name.</summary>
    public string? SoftwareVersionAfterUpgrade { get; set; }

    /// <summary>A device speaking a given CWMP version: 1.3 and 1.4 keep the cwmp-1-2 namespace, 1.4 also negotiates.</summary>
    public static DeviceBehaviour ForCwmpVersion(string version)
    {
        var behaviour = new DeviceBehaviour { CwmpNamespace = CwmpNamespaces.ForVersion(version) };
        if (version == "1.4")
        {
            behaviour.SupportedCwmpVersions = ["1.0", "1.1", "1.2", "1.3", "1.4"];
        }

        return behaviour;
    }
}
