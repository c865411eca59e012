namespace Acs.Host.Tests.Infrastructure;

/// <summary>One real server shared by the tests of a class (xunit class fixture); subclasses give settings.</summary>
public class AcsServerFixture : IAsyncLifetime
{
    private AcsTestServer? server;

    public AcsTestServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    protected virtual Dictionary<string, string?> Settings => [];

    public async Task InitializeAsync() => server = await AcsTestServer.StartAsync(Settings);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
