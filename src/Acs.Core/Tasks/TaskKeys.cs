using System.Text.Json.Nodes;

namespace Acs.Core.Tasks;

/// <summary>
/// The key by which the device later tells whether it carried out a task whose response was lost: the
/// CommandKey of Reboot, FactoryReset, Download, Upload and ScheduleInform (echoed in "M ..." events and
/// TransferComplete), and the ParameterKey of SetParameterValues, AddObject and DeleteObject (the device
/// reports it in every Inform as ManagementServer.ParameterKey once the change is applied).
/// </summary>
public static class TaskKeys
{
    /// <summary>Gives a saved task its key: the caller's, or "acs-&lt;id&gt;". Returns false when the kind has none.</summary>
    public static bool Assign(DeviceTask task)
    {
        var usesParameterKey = TaskKinds.UsesParameterKey(task.Kind);
        if (!usesParameterKey && !TaskKinds.UsesCommandKey(task.Kind))
        {
            return false;
        }

        var arguments = JsonNode.Parse(task.Arguments)!.AsObject();
        var member = usesParameterKey ? "parameterKey" : "commandKey";
        var given = arguments[member]?.GetValue<string>();
        task.CommandKey = string.IsNullOrEmpty(given) ? $"acs-{task.Id}" : given;
        if (usesParameterKey && string.IsNullOrEmpty(given))
        {
            arguments[member] = task.CommandKey;
            task.Arguments = arguments.ToJsonString();
        }

        return true;
    }
}
