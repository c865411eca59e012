using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Device;

/// <summary>
/// Answers the requests an ACS sends a <see cref="VirtualDevice"/>. Parameter RPCs act on the tree at
/// once; Reboot, FactoryReset, Download and Upload are accepted here and carried out after the session.
/// </summary>
public sealed class RpcResponder(VirtualDevice device)
{
    private readonly List<CwmpMessage> accepted = [];

    /// <summary>Cisco documents no Upload or ScheduleInform for its phones; a gateway supports both.</summary>
    public static IReadOnlyList<string> MethodsOf(DeviceKind kind) => kind == DeviceKind.Phone
        ? ["GetRPCMethods", "SetParameterValues", "GetParameterValues", "SetParameterAttributes", "GetParameterAttributes",
            "GetParameterNames", "AddObject", "DeleteObject", "Reboot", "FactoryReset", "Download"]
        : ["GetRPCMethods", "SetParameterValues", "GetParameterValues", "SetParameterAttributes", "GetParameterAttributes",
            "GetParameterNames", "AddObject", "DeleteObject", "Reboot", "FactoryReset", "Download", "Upload", "ScheduleInform"];

    public CwmpMessage Answer(CwmpMessage request)
    {
        if (device.Behaviour.FaultOnMethod.TryGetValue(request.MethodName, out var forced))
        {
            return CpeFaults.Create(forced);
        }

        if (!device.SupportedMethods.Contains(request.MethodName))
        {
            return CpeFaults.Create(FaultCodes.CpeMethodNotSupported);
        }

        device.RefreshUpTime();
        var tree = device.Tree;
        return request switch
        {
            GetRPCMethods => new GetRPCMethodsResponse(device.SupportedMethods),
            GetParameterValues gpv => tree.GetParameterValues(gpv),
            GetParameterNames gpn => tree.GetParameterNames(gpn),
            SetParameterValues spv => SetValues(spv),
            GetParameterAttributes gpa => tree.GetParameterAttributes(gpa),
            SetParameterAttributes spa => tree.SetParameterAttributes(spa),
            AddObject add => tree.AddObject(add),
            DeleteObject delete => tree.DeleteObject(delete),
            Reboot => Accept(request, new RebootResponse()),
            FactoryReset => Accept(request, new FactoryResetResponse()),
            Download download => TransferSupported(download.URL)
                ? Accept(request, new DownloadResponse(1, null, null))
                : CpeFaults.Create(FaultCodes.UnsupportedTransferProtocol),
            Upload upload => TransferSupported(upload.URL)
                ? Accept(request, new UploadResponse(1, null, null))
                : CpeFaults.Create(FaultCodes.UnsupportedTransferProtocol),
            ScheduleInform schedule => Schedule(schedule),
            _ => CpeFaults.Create(FaultCodes.CpeMethodNotSupported),
        };
    }

    /// <summary>The operations accepted during the session, in order, to be carried out now that it is over.</summary>
    public IReadOnlyList<CwmpMessage> TakeAccepted()
    {
        var work = accepted.ToArray();
        accepted.Clear();
        return work;
    }

    private CwmpMessage SetValues(SetParameterValues request)
    {
        var urlName = device.ManagementServerPrefix + "URL";
        var oldUrl = device.Tree.GetValue(urlName);
        var response = device.Tree.SetParameterValues(request);
        if (response is SetParameterValuesResponse && device.Tree.GetValue(urlName) != oldUrl)
        {
            // A new ACS is met with BOOTSTRAP, as after manufacture.
            device.Events.Add(EventCodes.Bootstrap);
        }

        return response;
    }

    private CwmpMessage Accept(CwmpMessage request, CwmpMessage response)
    {
        accepted.Add(request);
        return response;
    }

    private static bool TransferSupported(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private CwmpMessage Schedule(ScheduleInform request)
    {
        if (request.DelaySeconds == 0)
        {
            return CpeFaults.Create(FaultCodes.CpeInvalidArguments, "DelaySeconds must be greater than zero");
        }

        ITimer? timer = null;
        timer = device.Time.CreateTimer(_ =>
        {
            device.Events.Add(EventCodes.Scheduled);
            device.Events.Add(EventCodes.MScheduleInform, request.CommandKey);
            device.RequestSession();
            timer?.Dispose();
        }, null, TimeSpan.FromSeconds(request.DelaySeconds), Timeout.InfiniteTimeSpan);
        return new ScheduleInformResponse();
    }
}
