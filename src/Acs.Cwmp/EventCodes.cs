namespace Acs.Cwmp;

/// <summary>Inform event codes (TR-069 table of events). Compared as exact strings.</summary>
public static class EventCodes
{
    public const string Bootstrap = "0 BOOTSTRAP";
    public const string Boot = "1 BOOT";
    public const string Periodic = "2 PERIODIC";
    public const string Scheduled = "3 SCHEDULED";
    public const string ValueChange = "4 VALUE CHANGE";
    public const string Kicked = "5 KICKED";
    public const string ConnectionRequest = "6 CONNECTION REQUEST";
    public const string TransferComplete = "7 TRANSFER COMPLETE";
    public const string DiagnosticsComplete = "8 DIAGNOSTICS COMPLETE";
    public const string RequestDownload = "9 REQUEST DOWNLOAD";
    public const string AutonomousTransferComplete = "10 AUTONOMOUS TRANSFER COMPLETE";
    public const string DuStateChangeComplete = "11 DU STATE CHANGE COMPLETE";
    public const string AutonomousDuStateChangeComplete = "12 AUTONOMOUS DU STATE CHANGE COMPLETE";
    public const string Wakeup = "13 WAKEUP";
    public const string Heartbeat = "14 HEARTBEAT";
    public const string MReboot = "M Reboot";
    public const string MScheduleInform = "M ScheduleInform";
    public const string MDownload = "M Download";
    public const string MScheduleDownload = "M ScheduleDownload";
    public const string MUpload = "M Upload";
    public const string MChangeDuState = "M ChangeDUState";
}
