using Acs.Cwmp;

namespace Acs.Cwmp.Tests.Fixtures;

// One realistic instance of every message the codec models, in both directions. Values exercise
// escaping, empty arrays, every xsi:type and Unknown Time.
public static class SampleMessages
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 15, 30, TimeSpan.Zero);
    private static readonly DateTimeOffset Complete = new(2026, 11, 23, 10, 17, 2, TimeSpan.Zero);

    public static readonly DeviceIdStruct Phone = new("Acme Phones & Co", "00A0BC", "SIP-T46", "SN<0042>");

    public static IReadOnlyList<CwmpMessage> All { get; } =
    [
        new Inform(Phone, [new EventStruct(EventCodes.Boot, ""), new EventStruct(EventCodes.MReboot, "reboot-42")], 1, Start, 0,
        [
            new ParameterValueStruct("Device.DeviceInfo.SoftwareVersion", "1.2.3 \"beta\""),
            new ParameterValueStruct("Device.ManagementServer.PeriodicInformInterval", "3600", XsdTypes.UnsignedInt),
            new ParameterValueStruct("Device.ManagementServer.PeriodicInformEnable", "true", XsdTypes.Boolean),
            new ParameterValueStruct("Device.DeviceInfo.UpTime", "-5", XsdTypes.Int),
            new ParameterValueStruct("Device.IP.Interface.1.Stats.BytesSent", "18446744073709551615", XsdTypes.UnsignedLong),
            new ParameterValueStruct("Device.X_ACME_Offset", "-9223372036854775808", XsdTypes.Long),
            new ParameterValueStruct("Device.Time.CurrentLocalTime", "2026-11-23T10:15:30Z", XsdTypes.DateTime),
            new ParameterValueStruct("Device.X_ACME_Blob", "0a1B", XsdTypes.HexBinary),
            new ParameterValueStruct("Device.X_ACME_Empty", ""),
        ]),
        new Inform(Phone with { ProductClass = "" }, [], 1, null, 3, []),
        new InformResponse(1),
        new TransferComplete("fw-7", FaultStruct.Success, Start, Complete),
        new TransferComplete("fw-8", new FaultStruct(FaultCodes.DownloadFailure, "checksum < expected"), null, null),
        new AutonomousTransferComplete("http://acs.example/announce", "http://files.example/fw.bin?a=1&b=2", true,
            "1 Firmware Upgrade Image", 1048576, "fw.bin", FaultStruct.Success, Start, Complete),
        new AutonomousTransferCompleteResponse(),
        new GetRPCMethods(),
        new GetRPCMethodsResponse(["GetRPCMethods", "GetParameterValues", "SetParameterValues", "Reboot"]),
        new RequestDownload("3 Vendor Configuration File", [new ArgStruct("Version", "2"), new ArgStruct("Profile", "a&b")]),
        new RequestDownload("1 Firmware Upgrade Image", []),
        new RequestDownloadResponse(),
        new GetParameterValues(["Device.DeviceInfo.", "Device.ManagementServer.URL"]),
        new GetParameterValuesResponse([new ParameterValueStruct("Device.ManagementServer.URL", "https://acs.example:7547/")]),
        new GetParameterValuesResponse([]),
        new SetParameterValues(
        [
            new ParameterValueStruct("Device.ManagementServer.PeriodicInformInterval", "300", XsdTypes.UnsignedInt),
            new ParameterValueStruct("Device.Services.VoiceService.1.VoiceProfile.1.Line.1.SIP.AuthPassword", "p<&>'\"w"),
        ], "cfg-1"),
        new SetParameterValuesResponse(1),
        new GetParameterNames("Device.Services.VoiceService.1.", true),
        new GetParameterNames("", false),
        new GetParameterNamesResponse([new ParameterInfoStruct("Device.Services.", false), new ParameterInfoStruct("Device.Services.VoiceService.1.Enable", true)]),
        new GetParameterAttributes(["Device.ManagementServer.ConnectionRequestURL"]),
        new GetParameterAttributesResponse(
        [
            new ParameterAttributeStruct("Device.ManagementServer.ConnectionRequestURL", 2, ["Subscriber"]),
            new ParameterAttributeStruct("Device.DeviceInfo.UpTime", 0, []),
        ]),
        new SetParameterAttributes(
        [
            new SetParameterAttributesStruct("Device.Services.VoiceService.1.VoiceProfile.1.Line.1.Status", true, 2, false, []),
            new SetParameterAttributesStruct("Device.DeviceInfo.", false, 0, true, ["Subscriber"]),
        ]),
        new SetParameterAttributesResponse(),
        new AddObject("Device.Services.VoiceService.1.VoiceProfile.1.Line.", "line-add-7"),
        new AddObjectResponse(2, 0),
        new DeleteObject("Device.Services.VoiceService.1.VoiceProfile.1.Line.2.", ""),
        new DeleteObjectResponse(1),
        new Reboot("reboot-42"),
        new RebootResponse(),
        new FactoryReset(),
        new FactoryResetResponse(),
        new Download("fw-7", "1 Firmware Upgrade Image", "https://files.example/fw.bin", "user", "secret", 1048576, "fw.bin", 0, "", ""),
        new DownloadResponse(0, Start, Complete),
        new DownloadResponse(1, null, null),
        new Upload("log-1", "2 Vendor Log File", "https://files.example/upload/log", "", "", 5),
        new UploadResponse(1, null, null),
        new ScheduleInform(60, "later"),
        new ScheduleInformResponse(),
        new CwmpFault(FaultCodes.CpeInvalidArguments, "Invalid arguments",
        [
            new SetParameterValuesFault("Device.ManagementServer.PeriodicInformInterval", FaultCodes.InvalidParameterValue, "Invalid parameter value"),
            new SetParameterValuesFault("Device.DeviceInfo.UpTime", FaultCodes.NonWritableParameter, "Attempt to set a non-writable parameter"),
        ], "Client"),
        CwmpFault.Acs(FaultCodes.RetryRequest, "Retry request"),
        new CwmpFault(FaultCodes.CpeMethodNotSupported, "Method not supported", []),
    ];

    // The messages the xsd of a given minor version declares (AutonomousTransferComplete arrived in 1.1).
    public static bool IsInSchema(CwmpMessage message, int minorVersion) =>
        minorVersion >= 1 || message is not (AutonomousTransferComplete or AutonomousTransferCompleteResponse);
}
