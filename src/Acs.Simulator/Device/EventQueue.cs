using Acs.Cwmp;

namespace Acs.Simulator.Device;

/// <summary>
/// Inform events waiting for delivery. Single events ("1 BOOT") appear at most once however often they
/// happen; method events ("M Reboot") once per occurrence, each with its CommandKey. Thread-safe, since
/// connection requests arrive on the listener's threads.
/// </summary>
public sealed class EventQueue
{
    private readonly List<EventStruct> events = [];
    private readonly Lock gate = new();

    /// <summary>The events in the order an Inform lists them: numbered codes ascending, then method events as they happened.</summary>
    public IReadOnlyList<EventStruct> Snapshot()
    {
        lock (gate)
        {
            return events.OrderBy(e => IsMultiple(e.EventCode) ? int.MaxValue : Number(e.EventCode)).ToArray();
        }
    }

    public bool Contains(string code)
    {
        lock (gate)
        {
            return events.Exists(e => e.EventCode == code);
        }
    }

    public void Add(string code, string commandKey = "")
    {
        lock (gate)
        {
            if (IsMultiple(code) || !events.Exists(e => e.EventCode == code))
            {
                events.Add(new EventStruct(code, IsMultiple(code) ? commandKey : ""));
            }
        }
    }

    /// <summary>Removes the events an Inform carried, leaving any that arrived since.</summary>
    public void RemoveDelivered(IEnumerable<EventStruct> delivered)
    {
        lock (gate)
        {
            foreach (var item in delivered)
            {
                events.Remove(item);
            }
        }
    }

    public void RemoveAll(Func<EventStruct, bool> match)
    {
        lock (gate)
        {
            events.RemoveAll(e => match(e));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            events.Clear();
        }
    }

    public static bool IsMultiple(string code) => code.StartsWith("M ", StringComparison.Ordinal);

    private static int Number(string code)
    {
        var space = code.IndexOf(' ');
        return int.TryParse(space < 0 ? code : code[..space], System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : int.MaxValue - 1;
    }
}
