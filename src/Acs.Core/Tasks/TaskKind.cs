namespace Acs.Core.Tasks;

/// <summary>The RPC a task carries out. The API names are the camelCase forms (see <see cref="TaskKinds"/>).</summary>
public enum TaskKind
{
    GetRPCMethods,
    GetParameterNames,
    GetParameterValues,
    SetParameterValues,
    GetParameterAttributes,
    SetParameterAttributes,
    AddObject,
    DeleteObject,
    Reboot,
    FactoryReset,
    Download,
    Upload,
    ScheduleInform,
}
