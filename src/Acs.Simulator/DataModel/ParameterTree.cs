using System.Globalization;
using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>
/// A device's data model: parameters and objects in a stable order, multi-instance tables with the
/// template their new instances are built from. The RPC semantics on top of it live in <see cref="TreeRpcs"/>.
/// </summary>
public sealed class ParameterTree
{
    private readonly Dictionary<string, ParameterNode> nodes = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private readonly Dictionary<string, TableState> tables = new(StringComparer.Ordinal);

    public ParameterTree(string root)
    {
        if (!root.EndsWith('.') || root.Count(c => c == '.') != 1)
        {
            throw new ArgumentException("The root is a single object name such as \"Device.\".", nameof(root));
        }

        Root = root;
        AddNode(new ParameterNode(root, "", "", ParameterFlags.None));
    }

    public string Root { get; }

    public string ParameterKeyName => Root + "ManagementServer.ParameterKey";

    public int Count => order.Count;

    public IEnumerable<ParameterNode> Nodes => order.Select(name => nodes[name]);

    public IEnumerable<ParameterNode> Parameters => Nodes.Where(n => !n.IsObject);

    public ParameterNode? Find(string name) => nodes.GetValueOrDefault(name);

    /// <summary>The stored value, secrets included (the device itself may read its passwords).</summary>
    public string? GetValue(string name) => Find(name) is { IsObject: false } node ? node.Value : null;

    public string Value(string name) => GetValue(name) ?? throw new KeyNotFoundException(name);

    public bool IsTable(string name) => tables.ContainsKey(name);

    /// <summary>A change made by the device itself (not by the ACS); true when the value differs.</summary>
    public bool SetValue(string name, string value)
    {
        var node = Find(name);
        if (node is null || node.IsObject)
        {
            throw new KeyNotFoundException(name);
        }

        var changed = node.Value != value;
        node.Value = value;
        return changed;
    }

    public ParameterNode Define(string name, string value, string type = XsdTypes.String, ParameterFlags flags = ParameterFlags.None)
    {
        if (name.EndsWith('.') || !name.StartsWith(Root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{name}\" is not a parameter name under {Root}", nameof(name));
        }

        EnsureObject(ParentOf(name));
        var node = new ParameterNode(name, value, XsdTypes.Normalize(type), flags);
        AddNode(node);
        return node;
    }

    /// <summary>Declares a multi-instance table (writable object) and what its new instances contain.</summary>
    public void DefineTable(string tablePath, IReadOnlyList<ParameterTemplate> template)
    {
        if (!tablePath.EndsWith('.') || !tablePath.StartsWith(Root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{tablePath}\" is not an object path under {Root}", nameof(tablePath));
        }

        EnsureObject(ParentOf(tablePath));
        AddNode(new ParameterNode(tablePath, "", "", ParameterFlags.Writable));
        tables[tablePath] = new TableState(template);
    }

    /// <summary>Adds the next instance of a table, filled from its template; returns the instance number.</summary>
    public uint CreateInstance(string tablePath)
    {
        var table = tables[tablePath];
        var number = table.NextInstance++;
        var instance = tablePath + number.ToString(CultureInfo.InvariantCulture) + ".";
        var insertAt = order.FindLastIndex(n => n.StartsWith(tablePath, StringComparison.Ordinal)) + 1;
        var created = new List<ParameterNode> { new(instance, "", "", ParameterFlags.Writable) };
        foreach (var item in table.Template)
        {
            var name = instance + item.RelativeName;
            for (var dot = item.RelativeName.IndexOf('.'); dot >= 0; dot = item.RelativeName.IndexOf('.', dot + 1))
            {
                var objectName = instance + item.RelativeName[..(dot + 1)];
                if (created.TrueForAll(n => n.Name != objectName))
                {
                    created.Add(new ParameterNode(objectName, "", "", ParameterFlags.None));
                }
            }

            created.Add(new ParameterNode(name, item.Value, XsdTypes.Normalize(item.Type), item.Flags));
        }

        foreach (var node in created)
        {
            nodes.Add(node.Name, node);
        }

        order.InsertRange(insertAt, created.Select(n => n.Name));
        UpdateEntryCount(tablePath);
        return number;
    }

    /// <summary>True when the name is an existing instance ("Table.3.") of a writable table.</summary>
    public bool IsDeletableInstance(string name)
    {
        if (!name.EndsWith('.') || !nodes.ContainsKey(name))
        {
            return false;
        }

        var parent = ParentOf(name);
        return tables.ContainsKey(parent) && uint.TryParse(name.AsSpan(parent.Length, name.Length - parent.Length - 1), out _);
    }

    public void DeleteSubtree(string objectName)
    {
        var doomed = order.Where(n => n.StartsWith(objectName, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        order.RemoveAll(doomed.Contains);
        foreach (var name in doomed)
        {
            nodes.Remove(name);
            tables.Remove(name);
        }

        var parent = ParentOf(objectName);
        if (tables.ContainsKey(parent))
        {
            UpdateEntryCount(parent);
        }
    }

    /// <summary>The object itself and everything below it, in tree order.</summary>
    public IEnumerable<ParameterNode> Subtree(string objectName) =>
        Nodes.Where(n => n.Name.StartsWith(objectName, StringComparison.Ordinal));

    /// <summary>Parameters and objects exactly one level below an object.</summary>
    public IEnumerable<ParameterNode> Children(string objectName) =>
        Nodes.Where(n => n.Name.Length > objectName.Length
            && n.Name.StartsWith(objectName, StringComparison.Ordinal)
            && n.Name.IndexOf('.', objectName.Length) is var dot && (dot < 0 || dot == n.Name.Length - 1));

    public ParameterTree Clone()
    {
        var copy = new ParameterTree(Root);
        copy.order.Clear();
        copy.nodes.Clear();
        foreach (var name in order)
        {
            copy.AddNode(nodes[name].Copy());
        }

        foreach (var (path, table) in tables)
        {
            copy.tables[path] = new TableState(table.Template) { NextInstance = table.NextInstance };
        }

        return copy;
    }

    public static string ParentOf(string name)
    {
        var end = name.EndsWith('.') ? name.Length - 1 : name.Length;
        var dot = name.LastIndexOf('.', end - 1);
        return dot < 0 ? "" : name[..(dot + 1)];
    }

    private void EnsureObject(string objectName)
    {
        if (objectName.Length == 0 || nodes.ContainsKey(objectName))
        {
            return;
        }

        EnsureObject(ParentOf(objectName));
        var parent = ParentOf(objectName);
        var instanceOfTable = tables.ContainsKey(parent);
        AddNode(new ParameterNode(objectName, "", "", instanceOfTable ? ParameterFlags.Writable : ParameterFlags.None));
        if (instanceOfTable
            && uint.TryParse(objectName.AsSpan(parent.Length, objectName.Length - parent.Length - 1), out var number)
            && number >= tables[parent].NextInstance)
        {
            tables[parent].NextInstance = number + 1;
        }
    }

    private void AddNode(ParameterNode node)
    {
        if (!nodes.TryAdd(node.Name, node))
        {
            throw new ArgumentException($"\"{node.Name}\" is defined twice");
        }

        order.Add(node.Name);
    }

    // TR-181 pairs every table "X." with a read-only "XNumberOfEntries" in the parent object.
    private void UpdateEntryCount(string tablePath)
    {
        var counter = tablePath[..^1] + "NumberOfEntries";
        if (Find(counter) is { IsObject: false } node)
        {
            node.Value = Children(tablePath).Count(n => n.IsObject).ToString(CultureInfo.InvariantCulture);
        }
    }

    private sealed class TableState(IReadOnlyList<ParameterTemplate> template)
    {
        public IReadOnlyList<ParameterTemplate> Template { get; } = template;

        public uint NextInstance { get; set; } = 1;
    }
}
