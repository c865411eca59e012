namespace Acs.Cwmp;

// Messages a CPE sends: its requests to the ACS and its responses to ACS requests.
internal static class CpeMessageReaders
{
    public static CwmpMessage Inform(ArgumentReader a)
    {
        DeviceIdStruct? deviceId = null;
        IReadOnlyList<EventStruct>? events = null;
        IReadOnlyList<ParameterValueStruct>? parameters = null;
        uint maxEnvelopes = 1, retryCount = 0;
        DateTimeOffset? currentTime = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("DeviceId")) deviceId = StructReaders.DeviceId(a);
            else if (a.Is("Event")) events = a.ReadArray(StructReaders.Event);
            else if (a.Is("MaxEnvelopes")) maxEnvelopes = a.ReadUInt();
            else if (a.Is("CurrentTime")) currentTime = a.ReadTime();
            else if (a.Is("RetryCount")) retryCount = a.ReadUInt();
            else if (a.Is("ParameterList")) parameters = a.ReadArray(StructReaders.ParameterValue);
            else a.Skip();
        }

        if (events is null)
        {
            a.Warn("Inform: Event is missing; read as no events.");
        }

        if (parameters is null)
        {
            a.Warn("Inform: ParameterList is missing; read as empty.");
        }

        return new Inform(
            deviceId ?? throw ArgumentReader.Missing("DeviceId", "Inform"),
            events ?? [],
            maxEnvelopes,
            currentTime,
            retryCount,
            parameters ?? []);
    }

    public static CwmpMessage TransferComplete(ArgumentReader a)
    {
        string? commandKey = null;
        FaultStruct? fault = null;
        DateTimeOffset? start = null, complete = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("CommandKey")) commandKey = a.ReadText();
            else if (a.Is("FaultStruct")) fault = StructReaders.Fault(a);
            else if (a.Is("StartTime")) start = a.ReadTime();
            else if (a.Is("CompleteTime")) complete = a.ReadTime();
            else a.Skip();
        }

        return new TransferComplete(
            commandKey ?? throw ArgumentReader.Missing("CommandKey", "TransferComplete"),
            fault ?? throw ArgumentReader.Missing("FaultStruct", "TransferComplete"),
            start,
            complete);
    }

    public static CwmpMessage AutonomousTransferComplete(ArgumentReader a)
    {
        string announceUrl = "", transferUrl = "", targetFileName = "";
        string? fileType = null;
        bool? isDownload = null;
        uint fileSize = 0;
        FaultStruct? fault = null;
        DateTimeOffset? start = null, complete = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("AnnounceURL")) announceUrl = a.ReadText();
            else if (a.Is("TransferURL")) transferUrl = a.ReadText();
            else if (a.Is("IsDownload")) isDownload = a.ReadBool();
            else if (a.Is("FileType")) fileType = a.ReadText();
            else if (a.Is("FileSize")) fileSize = a.ReadUInt();
            else if (a.Is("TargetFileName")) targetFileName = a.ReadText();
            else if (a.Is("FaultStruct")) fault = StructReaders.Fault(a);
            else if (a.Is("StartTime")) start = a.ReadTime();
            else if (a.Is("CompleteTime")) complete = a.ReadTime();
            else a.Skip();
        }

        const string Method = "AutonomousTransferComplete";
        return new AutonomousTransferComplete(
            announceUrl,
            transferUrl,
            isDownload ?? throw ArgumentReader.Missing("IsDownload", Method),
            fileType ?? throw ArgumentReader.Missing("FileType", Method),
            fileSize,
            targetFileName,
            fault ?? throw ArgumentReader.Missing("FaultStruct", Method),
            start,
            complete);
    }

    public static CwmpMessage RequestDownload(ArgumentReader a)
    {
        string? fileType = null;
        IReadOnlyList<ArgStruct> args = [];
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("FileType")) fileType = a.ReadText();
            else if (a.Is("FileTypeArg")) args = a.ReadArray(StructReaders.Arg);
            else a.Skip();
        }

        return new RequestDownload(fileType ?? throw ArgumentReader.Missing("FileType", "RequestDownload"), args);
    }

    public static CwmpMessage GetParameterValuesResponse(ArgumentReader a) =>
        new GetParameterValuesResponse(RequiredArray(a, "ParameterList", "GetParameterValuesResponse", StructReaders.ParameterValue));

    public static CwmpMessage GetParameterNamesResponse(ArgumentReader a) =>
        new GetParameterNamesResponse(RequiredArray(a, "ParameterList", "GetParameterNamesResponse", StructReaders.ParameterInfo));

    public static CwmpMessage GetParameterAttributesResponse(ArgumentReader a) =>
        new GetParameterAttributesResponse(RequiredArray(a, "ParameterList", "GetParameterAttributesResponse", StructReaders.ParameterAttribute));

    public static CwmpMessage SetParameterValuesResponse(ArgumentReader a) =>
        new SetParameterValuesResponse(RequiredStatus(a, "SetParameterValuesResponse"));

    public static CwmpMessage DeleteObjectResponse(ArgumentReader a) =>
        new DeleteObjectResponse(RequiredStatus(a, "DeleteObjectResponse"));

    public static CwmpMessage AddObjectResponse(ArgumentReader a)
    {
        uint? instance = null;
        int? status = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("InstanceNumber")) instance = a.ReadUInt();
            else if (a.Is("Status")) status = a.ReadInt();
            else a.Skip();
        }

        return new AddObjectResponse(
            instance ?? throw ArgumentReader.Missing("InstanceNumber", "AddObjectResponse"),
            status ?? throw ArgumentReader.Missing("Status", "AddObjectResponse"));
    }

    public static CwmpMessage DownloadResponse(ArgumentReader a)
    {
        var (status, start, complete) = TransferStatus(a, "DownloadResponse");
        return new DownloadResponse(status, start, complete);
    }

    public static CwmpMessage UploadResponse(ArgumentReader a)
    {
        var (status, start, complete) = TransferStatus(a, "UploadResponse");
        return new UploadResponse(status, start, complete);
    }

    public static CwmpMessage GetRPCMethodsResponse(ArgumentReader a) =>
        new GetRPCMethodsResponse(RequiredArray(a, "MethodList", "GetRPCMethodsResponse", static r => r.ReadText()));

    // Reads a message whose only argument is one array.
    internal static List<T> RequiredArray<T>(ArgumentReader a, string element, string method, Func<ArgumentReader, T> item)
    {
        List<T>? items = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is(element)) items = a.ReadArray(item);
            else a.Skip();
        }

        return items ?? throw ArgumentReader.Missing(element, method);
    }

    private static int RequiredStatus(ArgumentReader a, string method)
    {
        int? status = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Status")) status = a.ReadInt();
            else a.Skip();
        }

        return status ?? throw ArgumentReader.Missing("Status", method);
    }

    private static (int Status, DateTimeOffset? Start, DateTimeOffset? Complete) TransferStatus(ArgumentReader a, string method)
    {
        int? status = null;
        DateTimeOffset? start = null, complete = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("Status")) status = a.ReadInt();
            else if (a.Is("StartTime")) start = a.ReadTime();
            else if (a.Is("CompleteTime")) complete = a.ReadTime();
            else a.Skip();
        }

        return (status ?? throw ArgumentReader.Missing("Status", method), start, complete);
    }
}
