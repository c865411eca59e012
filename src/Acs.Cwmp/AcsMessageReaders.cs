namespace Acs.Cwmp;

// Messages an ACS sends: its requests to the CPE and its responses to CPE requests.
internal static class AcsMessageReaders
{
    public static CwmpMessage InformResponse(ArgumentReader a)
    {
        uint maxEnvelopes = 1;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("MaxEnvelopes")) maxEnvelopes = a.ReadUInt();
            else a.Skip();
        }

        return new InformResponse(maxEnvelopes);
    }

    public static CwmpMessage GetParameterValues(ArgumentReader a) =>
        new GetParameterValues(CpeMessageReaders.RequiredArray(a, "ParameterNames", "GetParameterValues", static r => r.ReadText()));

    public static CwmpMessage GetParameterAttributes(ArgumentReader a) =>
        new GetParameterAttributes(CpeMessageReaders.RequiredArray(a, "ParameterNames", "GetParameterAttributes", static r => r.ReadText()));

    public static CwmpMessage SetParameterAttributes(ArgumentReader a) =>
        new SetParameterAttributes(CpeMessageReaders.RequiredArray(a, "ParameterList", "SetParameterAttributes", StructReaders.SetParameterAttributes));

    public static CwmpMessage SetParameterValues(ArgumentReader a)
    {
        IReadOnlyList<ParameterValueStruct>? parameters = null;
        var parameterKey = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("ParameterList")) parameters = a.ReadArray(StructReaders.ParameterValue);
            else if (a.Is("ParameterKey")) parameterKey = a.ReadText();
            else a.Skip();
        }

        return new SetParameterValues(parameters ?? throw ArgumentReader.Missing("ParameterList", "SetParameterValues"), parameterKey);
    }

    public static CwmpMessage GetParameterNames(ArgumentReader a)
    {
        string? path = null;
        bool? nextLevel = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("ParameterPath")) path = a.ReadText();
            else if (a.Is("NextLevel")) nextLevel = a.ReadBool();
            else a.Skip();
        }

        return new GetParameterNames(
            path ?? throw ArgumentReader.Missing("ParameterPath", "GetParameterNames"),
            nextLevel ?? throw ArgumentReader.Missing("NextLevel", "GetParameterNames"));
    }

    public static CwmpMessage AddObject(ArgumentReader a)
    {
        var (name, key) = ObjectArguments(a, "AddObject");
        return new AddObject(name, key);
    }

    public static CwmpMessage DeleteObject(ArgumentReader a)
    {
        var (name, key) = ObjectArguments(a, "DeleteObject");
        return new DeleteObject(name, key);
    }

    public static CwmpMessage Reboot(ArgumentReader a)
    {
        string? commandKey = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("CommandKey")) commandKey = a.ReadText();
            else a.Skip();
        }

        return new Reboot(commandKey ?? throw ArgumentReader.Missing("CommandKey", "Reboot"));
    }

    public static CwmpMessage ScheduleInform(ArgumentReader a)
    {
        uint? delay = null;
        string? commandKey = null;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("DelaySeconds")) delay = a.ReadUInt();
            else if (a.Is("CommandKey")) commandKey = a.ReadText();
            else a.Skip();
        }

        return new ScheduleInform(
            delay ?? throw ArgumentReader.Missing("DelaySeconds", "ScheduleInform"),
            commandKey ?? throw ArgumentReader.Missing("CommandKey", "ScheduleInform"));
    }

    public static CwmpMessage Download(ArgumentReader a)
    {
        string? commandKey = null, fileType = null, url = null;
        string username = "", password = "", targetFileName = "", successUrl = "", failureUrl = "";
        uint fileSize = 0, delay = 0;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("CommandKey")) commandKey = a.ReadText();
            else if (a.Is("FileType")) fileType = a.ReadText();
            else if (a.Is("URL")) url = a.ReadText();
            else if (a.Is("Username")) username = a.ReadText();
            else if (a.Is("Password")) password = a.ReadText();
            else if (a.Is("FileSize")) fileSize = a.ReadUInt();
            else if (a.Is("TargetFileName")) targetFileName = a.ReadText();
            else if (a.Is("DelaySeconds")) delay = a.ReadUInt();
            else if (a.Is("SuccessURL")) successUrl = a.ReadText();
            else if (a.Is("FailureURL")) failureUrl = a.ReadText();
            else a.Skip();
        }

        return new Download(
            commandKey ?? throw ArgumentReader.Missing("CommandKey", "Download"),
            fileType ?? throw ArgumentReader.Missing("FileType", "Download"),
            url ?? throw ArgumentReader.Missing("URL", "Download"),
            username,
            password,
            fileSize,
            targetFileName,
            delay,
            successUrl,
            failureUrl);
    }

    public static CwmpMessage Upload(ArgumentReader a)
    {
        string? commandKey = null, fileType = null, url = null;
        string username = "", password = "";
        uint delay = 0;
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("CommandKey")) commandKey = a.ReadText();
            else if (a.Is("FileType")) fileType = a.ReadText();
            else if (a.Is("URL")) url = a.ReadText();
            else if (a.Is("Username")) username = a.ReadText();
            else if (a.Is("Password")) password = a.ReadText();
            else if (a.Is("DelaySeconds")) delay = a.ReadUInt();
            else a.Skip();
        }

        return new Upload(
            commandKey ?? throw ArgumentReader.Missing("CommandKey", "Upload"),
            fileType ?? throw ArgumentReader.Missing("FileType", "Upload"),
            url ?? throw ArgumentReader.Missing("URL", "Upload"),
            username,
            password,
            delay);
    }

    private static (string ObjectName, string ParameterKey) ObjectArguments(ArgumentReader a, string method)
    {
        string? objectName = null;
        var parameterKey = "";
        var token = a.Open();
        while (a.NextChild(token))
        {
            if (a.Is("ObjectName")) objectName = a.ReadText();
            else if (a.Is("ParameterKey")) parameterKey = a.ReadText();
            else a.Skip();
        }

        return (objectName ?? throw ArgumentReader.Missing("ObjectName", method), parameterKey);
    }
}
