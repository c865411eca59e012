namespace Acs.Core.Tasks;

/// <summary>The API names of task kinds ("getParameterValues", ...), matched case-sensitively as documented.</summary>
public static class TaskKinds
{
    private static readonly Dictionary<string, TaskKind> ByName = Enum.GetValues<TaskKind>()
        .ToDictionary(Name, k => k, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string Name(TaskKind kind)
    {
        var text = kind.ToString();
        return kind == TaskKind.GetRPCMethods ? "getRPCMethods" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    public static bool TryParse(string? name, out TaskKind kind)
    {
        kind = default;
        return name is not null && ByName.TryGetValue(name, out kind);
    }

    /// <summary>Kinds whose success the device reports as its ManagementServer.ParameterKey in later Informs.</summary>
    public static bool UsesParameterKey(TaskKind kind) =>
        kind is TaskKind.SetParameterValues or TaskKind.AddObject or TaskKind.DeleteObject;

    /// <summary>Kinds that change the device irreversibly and so carry a CommandKey matched on completion.</summary>
    public static bool UsesCommandKey(TaskKind kind) =>
        kind is TaskKind.Reboot or TaskKind.FactoryReset or TaskKind.Download or TaskKind.Upload or TaskKind.ScheduleInform;
}
