namespace Acs.Cwmp;

/// <summary>One Inform event, such as "1 BOOT" or "M Reboot" with its CommandKey.</summary>
public sealed record EventStruct(string EventCode, string CommandKey);
