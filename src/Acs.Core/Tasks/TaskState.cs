namespace Acs.Core.Tasks;

/// <summary>
/// Where a task is in its life. <see cref="InProgress"/> means the device accepted an operation whose
/// completion it reports later: a Download or Upload answered with status 1 (awaiting TransferComplete),
/// or a Reboot or FactoryReset answered (awaiting the "M Reboot" / "0 BOOTSTRAP" Inform).
/// </summary>
public enum TaskState
{
    Pending,
    Sent,
    InProgress,
    Done,
    Faulted,
    Expired,
    Cancelled,
}
