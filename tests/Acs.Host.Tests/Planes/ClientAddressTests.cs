using System.Net;
using Acs.Host.Planes;

namespace Acs.Host.Tests.Planes;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8::7", "2001:db8::7")]
    public void IPv4_clients_of_a_dual_stack_listener_are_recorded_without_the_mapped_prefix(string seen, string recorded) =>
        Assert.Equal(recorded, ClientAddress.Format(IPAddress.Parse(seen)));
}
