using Acs.Core.Sessions;

namespace Acs.Core.Tests.Sessions;

public sealed class SessionRegistryTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Sessions_are_found_by_cookie_then_connection_then_a_unique_address()
    {
        var registry = new SessionRegistry();
        Assert.True(registry.TryReserve(10));
        var session = new CwmpSession("s1", "dev-1", "urn:dslforum-org:cwmp-1-2", Now) { ConnectionId = "c1", RemoteAddress = "10.0.0.1" };
        registry.Add(session);

        Assert.Same(session, registry.Find("s1", null, null));
        Assert.Same(session, registry.Find(null, "c1", null));
        Assert.Same(session, registry.Find("unknown", "c9", "10.0.0.1"));
        Assert.Null(registry.Find(null, "c9", "10.0.0.2"));
    }

    [Fact]
    public void Two_sessions_behind_one_address_are_never_guessed()
    {
        var registry = new SessionRegistry();
        registry.TryReserve(10);
        registry.TryReserve(10);
        registry.Add(new CwmpSession("s1", "dev-1", "ns", Now) { RemoteAddress = "192.0.2.7" });
        registry.Add(new CwmpSession("s2", "dev-2", "ns", Now) { RemoteAddress = "192.0.2.7" });

        Assert.Null(registry.Find(null, null, "192.0.2.7"));
    }

    [Fact]
    public void The_limit_counts_live_sessions_and_removal_frees_a_slot()
    {
        var registry = new SessionRegistry();
        Assert.True(registry.TryReserve(1));
        var session = new CwmpSession("s1", "dev-1", "ns", Now);
        registry.Add(session);
        Assert.False(registry.TryReserve(1));

        Assert.True(registry.Remove(session));
        Assert.False(registry.Remove(session));
        Assert.Equal(SessionState.Ended, session.State);
        Assert.True(registry.TryReserve(1));
    }

    [Fact]
    public void A_new_session_of_a_device_replaces_the_old_one_in_the_device_index()
    {
        var registry = new SessionRegistry();
        registry.TryReserve(10);
        registry.TryReserve(10);
        var old = new CwmpSession("s1", "dev-1", "ns", Now);
        registry.Add(old);

        var replaced = registry.Add(new CwmpSession("s2", "dev-1", "ns", Now));

        Assert.Same(old, replaced);
        Assert.Equal("s2", registry.ForDevice("dev-1")!.Id);
    }
}
