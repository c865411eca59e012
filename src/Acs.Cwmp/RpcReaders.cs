using System.Collections.Frozen;

namespace Acs.Cwmp;

// Maps the local name of a body element to the function reading it. Method names are matched
// case-insensitively; argument-less messages skip whatever content a device put inside them.
internal static class RpcReaders
{
    private static readonly FrozenDictionary<string, Func<ArgumentReader, CwmpMessage>> ByName =
        new Dictionary<string, Func<ArgumentReader, CwmpMessage>>(StringComparer.OrdinalIgnoreCase)
        {
            ["Inform"] = CpeMessageReaders.Inform,
            ["InformResponse"] = AcsMessageReaders.InformResponse,
            ["TransferComplete"] = CpeMessageReaders.TransferComplete,
            ["TransferCompleteResponse"] = Empty(static () => new TransferCompleteResponse()),
            ["AutonomousTransferComplete"] = CpeMessageReaders.AutonomousTransferComplete,
            ["AutonomousTransferCompleteResponse"] = Empty(static () => new AutonomousTransferCompleteResponse()),
            ["GetRPCMethods"] = Empty(static () => new GetRPCMethods()),
            ["GetRPCMethodsResponse"] = CpeMessageReaders.GetRPCMethodsResponse,
            ["RequestDownload"] = CpeMessageReaders.RequestDownload,
            ["RequestDownloadResponse"] = Empty(static () => new RequestDownloadResponse()),
            ["GetParameterValues"] = AcsMessageReaders.GetParameterValues,
            ["GetParameterValuesResponse"] = CpeMessageReaders.GetParameterValuesResponse,
            ["SetParameterValues"] = AcsMessageReaders.SetParameterValues,
            ["SetParameterValuesResponse"] = CpeMessageReaders.SetParameterValuesResponse,
            ["GetParameterNames"] = AcsMessageReaders.GetParameterNames,
            ["GetParameterNamesResponse"] = CpeMessageReaders.GetParameterNamesResponse,
            ["GetParameterAttributes"] = AcsMessageReaders.GetParameterAttributes,
            ["GetParameterAttributesResponse"] = CpeMessageReaders.GetParameterAttributesResponse,
            ["SetParameterAttributes"] = AcsMessageReaders.SetParameterAttributes,
            ["SetParameterAttributesResponse"] = Empty(static () => new SetParameterAttributesResponse()),
            ["AddObject"] = AcsMessageReaders.AddObject,
            ["AddObjectResponse"] = CpeMessageReaders.AddObjectResponse,
            ["DeleteObject"] = AcsMessageReaders.DeleteObject,
            ["DeleteObjectResponse"] = CpeMessageReaders.DeleteObjectResponse,
            ["Reboot"] = AcsMessageReaders.Reboot,
            ["RebootResponse"] = Empty(static () => new RebootResponse()),
            ["FactoryReset"] = Empty(static () => new FactoryReset()),
            ["FactoryResetResponse"] = Empty(static () => new FactoryResetResponse()),
            ["Download"] = AcsMessageReaders.Download,
            ["DownloadResponse"] = CpeMessageReaders.DownloadResponse,
            ["Upload"] = AcsMessageReaders.Upload,
            ["UploadResponse"] = CpeMessageReaders.UploadResponse,
            ["ScheduleInform"] = AcsMessageReaders.ScheduleInform,
            ["ScheduleInformResponse"] = Empty(static () => new ScheduleInformResponse()),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string localName, out Func<ArgumentReader, CwmpMessage> reader) =>
        ByName.TryGetValue(localName, out reader!);

    private static Func<ArgumentReader, CwmpMessage> Empty(Func<CwmpMessage> create) => a =>
    {
        a.Skip();
        return create();
    };
}
