using System.Globalization;
using System.Xml;

namespace Acs.Cwmp;

// The arguments of every RPC, in the xs:sequence order of the CWMP schemas.
internal static class RpcWriters
{
    public static void WriteArguments(XmlWriter w, CwmpMessage message)
    {
        switch (message)
        {
            case Inform m:
                w.WriteStartElement("DeviceId");
                Text(w, "Manufacturer", m.DeviceId.Manufacturer);
                Text(w, "OUI", m.DeviceId.OUI);
                Text(w, "ProductClass", m.DeviceId.ProductClass);
                Text(w, "SerialNumber", m.DeviceId.SerialNumber);
                w.WriteEndElement();
                StructWriters.Events(w, m.Event);
                Number(w, "MaxEnvelopes", m.MaxEnvelopes);
                Time(w, "CurrentTime", m.CurrentTime);
                Number(w, "RetryCount", m.RetryCount);
                StructWriters.ParameterValues(w, m.ParameterList);
                break;
            case InformResponse m:
                Number(w, "MaxEnvelopes", m.MaxEnvelopes);
                break;
            case TransferComplete m:
                Text(w, "CommandKey", m.CommandKey);
                StructWriters.Fault(w, m.FaultStruct);
                Time(w, "StartTime", m.StartTime);
                Time(w, "CompleteTime", m.CompleteTime);
                break;
            case AutonomousTransferComplete m:
                Text(w, "AnnounceURL", m.AnnounceURL);
                Text(w, "TransferURL", m.TransferURL);
                Bool(w, "IsDownload", m.IsDownload);
                Text(w, "FileType", m.FileType);
                Number(w, "FileSize", m.FileSize);
                Text(w, "TargetFileName", m.TargetFileName);
                StructWriters.Fault(w, m.FaultStruct);
                Time(w, "StartTime", m.StartTime);
                Time(w, "CompleteTime", m.CompleteTime);
                break;
            case GetRPCMethodsResponse m:
                StructWriters.Strings(w, "MethodList", m.MethodList);
                break;
            case RequestDownload m:
                Text(w, "FileType", m.FileType);
                StructWriters.Args(w, m.FileTypeArg);
                break;
            case GetParameterValues m:
                StructWriters.Strings(w, "ParameterNames", m.ParameterNames);
                break;
            case GetParameterValuesResponse m:
                StructWriters.ParameterValues(w, m.ParameterList);
                break;
            case SetParameterValues m:
                StructWriters.ParameterValues(w, m.ParameterList);
                Text(w, "ParameterKey", m.ParameterKey);
                break;
            case SetParameterValuesResponse m:
                Number(w, "Status", m.Status);
                break;
            case GetParameterNames m:
                Text(w, "ParameterPath", m.ParameterPath);
                Bool(w, "NextLevel", m.NextLevel);
                break;
            case GetParameterNamesResponse m:
                StructWriters.ParameterInfos(w, m.ParameterList);
                break;
            case GetParameterAttributes m:
                StructWriters.Strings(w, "ParameterNames", m.ParameterNames);
                break;
            case GetParameterAttributesResponse m:
                StructWriters.ParameterAttributes(w, m.ParameterList);
                break;
            case SetParameterAttributes m:
                StructWriters.SetParameterAttributes(w, m.ParameterList);
                break;
            case AddObject m:
                Text(w, "ObjectName", m.ObjectName);
                Text(w, "ParameterKey", m.ParameterKey);
                break;
            case AddObjectResponse m:
                Number(w, "InstanceNumber", m.InstanceNumber);
                Number(w, "Status", m.Status);
                break;
            case DeleteObject m:
                Text(w, "ObjectName", m.ObjectName);
                Text(w, "ParameterKey", m.ParameterKey);
                break;
            case DeleteObjectResponse m:
                Number(w, "Status", m.Status);
                break;
            case Reboot m:
                Text(w, "CommandKey", m.CommandKey);
                break;
            case Download m:
                Text(w, "CommandKey", m.CommandKey);
                Text(w, "FileType", m.FileType);
                Text(w, "URL", m.URL);
                Text(w, "Username", m.Username);
                Text(w, "Password", m.Password);
                Number(w, "FileSize", m.FileSize);
                Text(w, "TargetFileName", m.TargetFileName);
                Number(w, "DelaySeconds", m.DelaySeconds);
                Text(w, "SuccessURL", m.SuccessURL);
                Text(w, "FailureURL", m.FailureURL);
                break;
            case DownloadResponse m:
                Number(w, "Status", m.Status);
                Time(w, "StartTime", m.StartTime);
                Time(w, "CompleteTime", m.CompleteTime);
                break;
            case Upload m:
                Text(w, "CommandKey", m.CommandKey);
                Text(w, "FileType", m.FileType);
                Text(w, "URL", m.URL);
                Text(w, "Username", m.Username);
                Text(w, "Password", m.Password);
                Number(w, "DelaySeconds", m.DelaySeconds);
                break;
            case UploadResponse m:
                Number(w, "Status", m.Status);
                Time(w, "StartTime", m.StartTime);
                Time(w, "CompleteTime", m.CompleteTime);
                break;
            case ScheduleInform m:
                Number(w, "DelaySeconds", m.DelaySeconds);
                Text(w, "CommandKey", m.CommandKey);
                break;
            case GetRPCMethods or TransferCompleteResponse or AutonomousTransferCompleteResponse
                or RequestDownloadResponse or SetParameterAttributesResponse or RebootResponse
                or FactoryReset or FactoryResetResponse or ScheduleInformResponse:
                break;
            default:
                throw new ArgumentException($"The writer does not know how to write {message.GetType().Name}.", nameof(message));
        }
    }

    internal static void Text(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name);
        w.WriteString(value);
        w.WriteEndElement();
    }

    internal static void Number(XmlWriter w, string name, uint value) => Text(w, name, value.ToString(CultureInfo.InvariantCulture));

    internal static void Number(XmlWriter w, string name, int value) => Text(w, name, value.ToString(CultureInfo.InvariantCulture));

    internal static void Bool(XmlWriter w, string name, bool value) => Text(w, name, value ? "true" : "false");

    private static void Time(XmlWriter w, string name, DateTimeOffset? value) => Text(w, name, CwmpTime.Format(value));
}
