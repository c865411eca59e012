using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>
/// The TR-069 semantics of the parameter RPCs over a <see cref="ParameterTree"/>: each returns the
/// response message or the CWMP fault the device answers with.
/// </summary>
public static class TreeRpcs
{
    public static CwmpMessage GetParameterValues(this ParameterTree tree, GetParameterValues request)
    {
        var result = new List<ParameterValueStruct>();
        foreach (var name in request.ParameterNames)
        {
            if (Select(tree, name) is not { } selected)
            {
                return CpeFaults.Create(FaultCodes.InvalidParameterName);
            }

            result.AddRange(selected.Select(n => n.ToValueStruct()));
        }

        return new GetParameterValuesResponse(result);
    }

    public static CwmpMessage GetParameterNames(this ParameterTree tree, GetParameterNames request)
    {
        var path = request.ParameterPath;
        if (path.Length == 0)
        {
            var all = request.NextLevel ? [tree.Find(tree.Root)!] : tree.Nodes;
            return new GetParameterNamesResponse(all.Select(Info).ToList());
        }

        if (tree.Find(path) is not { } node)
        {
            return CpeFaults.Create(FaultCodes.InvalidParameterName);
        }

        if (!node.IsObject)
        {
            return request.NextLevel
                ? CpeFaults.Create(FaultCodes.CpeInvalidArguments)
                : new GetParameterNamesResponse([Info(node)]);
        }

        var found = request.NextLevel ? tree.Children(path) : tree.Subtree(path);
        return new GetParameterNamesResponse(found.Select(Info).ToList());
    }

    public static CwmpMessage SetParameterValues(this ParameterTree tree, SetParameterValues request)
    {
        var faults = new List<SetParameterValuesFault>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in request.ParameterList)
        {
            if (!seen.Add(item.Name))
            {
                return CpeFaults.Create(FaultCodes.CpeInvalidArguments, $"{item.Name} appears twice");
            }

            var code = tree.Find(item.Name) switch
            {
                null or { IsObject: true } => FaultCodes.InvalidParameterName,
                { Writable: false } => FaultCodes.NonWritableParameter,
                var node => XsdValueCheck.Fault(node.Type, item.Type, item.Value),
            };
            if (code is { } fault)
            {
                faults.Add(new SetParameterValuesFault(item.Name, fault, FaultCodes.Describe(fault)));
            }
        }

        if (faults.Count > 0)
        {
            return CpeFaults.Create(FaultCodes.CpeInvalidArguments, faults);
        }

        foreach (var item in request.ParameterList)
        {
            var node = tree.Find(item.Name)!;
            node.Value = XsdValueCheck.Canonical(node.Type, item.Value);
        }

        SetParameterKey(tree, request.ParameterKey);
        return new SetParameterValuesResponse(0);
    }

    public static CwmpMessage GetParameterAttributes(this ParameterTree tree, GetParameterAttributes request)
    {
        var result = new List<ParameterAttributeStruct>();
        foreach (var name in request.ParameterNames)
        {
            if (Select(tree, name) is not { } selected)
            {
                return CpeFaults.Create(FaultCodes.InvalidParameterName);
            }

            result.AddRange(selected.Select(n => new ParameterAttributeStruct(n.Name, n.Notification, n.AccessList)));
        }

        return new GetParameterAttributesResponse(result);
    }

    public static CwmpMessage SetParameterAttributes(this ParameterTree tree, SetParameterAttributes request)
    {
        var changes = new List<(SetParameterAttributesStruct Change, IReadOnlyList<ParameterNode> Targets)>();
        foreach (var item in request.ParameterList)
        {
            if (item.NotificationChange && item.Notification is < 0 or > 6)
            {
                return CpeFaults.Create(FaultCodes.CpeInvalidArguments, $"Notification {item.Notification} is out of range");
            }

            if (Select(tree, item.Name) is not { } targets)
            {
                return CpeFaults.Create(FaultCodes.InvalidParameterName);
            }

            if (item.NotificationChange && RefusesNotification(item, targets))
            {
                return CpeFaults.Create(FaultCodes.NotificationRejected);
            }

            changes.Add((item, targets));
        }

        foreach (var (change, targets) in changes)
        {
            foreach (var node in targets)
            {
                // A partial path also reaches parameters that deny or force active notification; those keep theirs.
                if (change.NotificationChange && !node.Flags.HasFlag(ParameterFlags.ForceActive)
                    && !(IsActive(change.Notification) && node.Flags.HasFlag(ParameterFlags.CanDenyActive)))
                {
                    node.Notification = change.Notification;
                }

                if (change.AccessListChange)
                {
                    node.AccessList = change.AccessList.ToArray();
                }
            }
        }

        return new SetParameterAttributesResponse();
    }

    public static CwmpMessage AddObject(this ParameterTree tree, AddObject request)
    {
        if (!request.ObjectName.EndsWith('.') || !tree.IsTable(request.ObjectName))
        {
            return CpeFaults.Create(FaultCodes.InvalidParameterName);
        }

        var number = tree.CreateInstance(request.ObjectName);
        SetParameterKey(tree, request.ParameterKey);
        return new AddObjectResponse(number, 0);
    }

    public static CwmpMessage DeleteObject(this ParameterTree tree, DeleteObject request)
    {
        if (!tree.IsDeletableInstance(request.ObjectName))
        {
            return CpeFaults.Create(FaultCodes.InvalidParameterName);
        }

        tree.DeleteSubtree(request.ObjectName);
        SetParameterKey(tree, request.ParameterKey);
        return new DeleteObjectResponse(0);
    }

    public static bool IsActive(int notification) => notification is 2 or 5 or 6;

    // Names the request addresses: "" is everything, "X." every parameter below X, otherwise one parameter.
    private static IReadOnlyList<ParameterNode>? Select(ParameterTree tree, string name)
    {
        if (name.Length == 0)
        {
            return tree.Parameters.ToList();
        }

        return tree.Find(name) switch
        {
            null => null,
            { IsObject: true } => tree.Subtree(name).Where(n => !n.IsObject).ToList(),
            var node => [node],
        };
    }

    private static bool RefusesNotification(SetParameterAttributesStruct change, IReadOnlyList<ParameterNode> targets)
    {
        if (targets is not [var single] || single.Name != change.Name)
        {
            return false;
        }

        return (IsActive(change.Notification) && single.Flags.HasFlag(ParameterFlags.CanDenyActive))
            || (!IsActive(change.Notification) && single.Flags.HasFlag(ParameterFlags.ForceActive));
    }

    private static void SetParameterKey(ParameterTree tree, string key)
    {
        if (tree.Find(tree.ParameterKeyName) is { IsObject: false } node)
        {
            node.Value = key;
        }
    }

    private static ParameterInfoStruct Info(ParameterNode node) => new(node.Name, node.Writable);
}
