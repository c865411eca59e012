using System.Collections.Concurrent;

namespace Acs.Core.Sessions;

/// <summary>
/// The live sessions of this node: found by cookie, then by connection, then by device address; at most one
/// per device; bounded in number so that a storm of Informs cannot starve sessions already under way.
/// </summary>
public sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<string, CwmpSession> byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CwmpSession> byDevice = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CwmpSession> byConnection = new(StringComparer.Ordinal);
    private int count;

    public int Count => Volatile.Read(ref count);

    public CwmpSession? Find(string? cookie, string? connectionId, string? remoteAddress)
    {
        if (cookie is not null && byId.TryGetValue(cookie, out var session))
        {
            return session;
        }

        if (connectionId is not null && byConnection.TryGetValue(connectionId, out session))
        {
            return session;
        }

        // Devices that drop the cookie and open a new connection: recognise them by address, but only
        // when exactly one session comes from that address, so devices behind one NAT are never mixed up.
        if (remoteAddress is null)
        {
            return null;
        }

        CwmpSession? match = null;
        foreach (var candidate in byId.Values)
        {
            if (candidate.RemoteAddress == remoteAddress)
            {
                if (match is not null)
                {
                    return null;
                }

                match = candidate;
            }
        }

        return match;
    }

    public CwmpSession? ForDevice(string deviceId) => byDevice.GetValueOrDefault(deviceId);

    /// <summary>Takes one session slot; false when the configured limit is reached.</summary>
    public bool TryReserve(int limit)
    {
        while (true)
        {
            var current = Volatile.Read(ref count);
            if (current >= limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref count, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Release() => Interlocked.Decrement(ref count);

    /// <summary>Registers a session that holds a reserved slot. Returns the session it replaced for the same device.</summary>
    public CwmpSession? Add(CwmpSession session)
    {
        byId[session.Id] = session;
        if (session.ConnectionId is not null)
        {
            byConnection[session.ConnectionId] = session;
        }

        CwmpSession? replaced = null;
        byDevice.AddOrUpdate(session.DeviceId, session, (_, old) =>
        {
            replaced = old;
            return session;
        });
        return replaced;
    }

    /// <summary>Moves the connection key when a device continues its session on a new connection.</summary>
    public void Rebind(CwmpSession session, string? connectionId)
    {
        if (connectionId is null || connectionId == session.ConnectionId)
        {
            return;
        }

        if (session.ConnectionId is not null)
        {
            byConnection.TryRemove(new KeyValuePair<string, CwmpSession>(session.ConnectionId, session));
        }

        session.ConnectionId = connectionId;
        byConnection[connectionId] = session;
    }

    /// <summary>Forgets a session and frees its slot; false when it was already gone.</summary>
    public bool Remove(CwmpSession session)
    {
        if (!byId.TryRemove(new KeyValuePair<string, CwmpSession>(session.Id, session)))
        {
            return false;
        }

        if (session.ConnectionId is not null)
        {
            byConnection.TryRemove(new KeyValuePair<string, CwmpSession>(session.ConnectionId, session));
        }

        byDevice.TryRemove(new KeyValuePair<string, CwmpSession>(session.DeviceId, session));
        session.State = SessionState.Ended;
        Release();
        return true;
    }

    public IReadOnlyList<CwmpSession> IdleSince(DateTime cutoff) =>
        [.. byId.Values.Where(s => s.LastActivity < cutoff)];
}
