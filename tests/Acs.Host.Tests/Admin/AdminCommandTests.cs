using System.Net;
using Acs.Host.Admin;
using Acs.Host.Tests.Infrastructure;
using Acs.Testing;
using Microsoft.Extensions.Configuration;

namespace Acs.Host.Tests.Admin;

public sealed class AdminCommandTests
{
    [Fact]
    public async Task A_lost_admin_key_is_replaced_on_the_machine_while_the_server_runs()
    {
        await using var server = await AcsTestServer.StartAsync();

        var created = await AdminAsync(server.DataDir, "keys", "create", "--role", "admin", "--name", "recovery");
        var secret = created.Output.Trim();
        using var recovered = server.Api(secret);
        using var keys = await recovered.GetAsync("/api/v1/keys");
        var listed = await AdminAsync(server.DataDir, "keys", "list");
        var id = listed.Output.Split('\n').Single(l => l.TrimEnd().EndsWith(" recovery", StringComparison.Ordinal)).Split(' ')[0];
        var revoked = await AdminAsync(server.DataDir, "keys", "revoke", id);
        using var afterRevoke = await recovered.GetAsync("/api/v1/keys");

        Assert.Equal(0, created.Exit);
        Assert.StartsWith("acs_", secret, StringComparison.Ordinal);
        Assert.StartsWith("Created admin key 'recovery'", created.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
        Assert.DoesNotContain(secret, listed.Output, StringComparison.Ordinal);
        Assert.Contains("bootstrap", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, revoked.Exit);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_fails_and_says_so()
    {
        await using var server = await AcsTestServer.StartAsync();

        var revoked = await AdminAsync(server.DataDir, "keys", "revoke", "nope");

        Assert.Equal(1, revoked.Exit);
        Assert.Contains("No live key has the id nope", revoked.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_taken_while_running_is_restored_when_stopped_and_restore_refuses_a_running_server()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var scratch = new ScratchDirectory();
        var backupFile = Path.Combine(scratch.Path, "acs-backup.db");
        var before = Devices.Gateway(server);
        Assert.True((await before.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        var backup = await AdminAsync(server.DataDir, "db", "backup", backupFile);
        var again = await AdminAsync(server.DataDir, "db", "backup", backupFile);
        var after = Devices.Gateway(server);
        Assert.True((await after.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var whileRunning = await AdminAsync(server.DataDir, "db", "restore", backupFile);
        await server.StopAsync();
        var restore = await AdminAsync(server.DataDir, "db", "restore", backupFile);
        await server.StartAgainAsync();

        Assert.Equal(0, backup.Exit);
        Assert.Contains("integrity checked", backup.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.Exit);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, whileRunning.Exit);
        Assert.Contains("stop it first", whileRunning.Error, StringComparison.Ordinal);
        Assert.Equal(0, restore.Exit);
        Assert.Contains("The previous database is kept as", restore.Output, StringComparison.Ordinal);
        Assert.NotNull(await server.Devices.GetAsync(Devices.IdOf(before)));
        Assert.Null(await server.Devices.GetAsync(Devices.IdOf(after)));
        Assert.Single(Directory.GetFiles(server.DataDir, "acs.db.before-restore-*"));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_an_acs_database()
    {
        using var data = new ScratchDirectory();
        var bogus = data.Write("not-a-db", "hello");

        var restore = await AdminAsync(data.Path, "db", "restore", bogus);

        Assert.Equal(1, restore.Exit);
        Assert.Contains("Restore refused", restore.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "acs.db")));
    }

    [Fact]
    public async Task Migrate_prepares_an_empty_data_directory()
    {
        using var data = new ScratchDirectory();

        var migrate = await AdminAsync(data.Path, "db", "migrate");
        var listed = await AdminAsync(data.Path, "keys", "list");

        Assert.Equal(0, migrate.Exit);
        Assert.True(File.Exists(Path.Combine(data.Path, "acs.db")));
        Assert.StartsWith("ID", listed.Output, StringComparison.Ordinal);
        Assert.Single(listed.Output.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("keys", "create", "--name", "x")]
    [InlineData("keys", "create", "--role", "root", "--name", "x")]
    [InlineData("nonsense")]
    public async Task Bad_arguments_fail_with_a_message(params string[] args)
    {
        using var data = new ScratchDirectory();

        var run = await AdminAsync(data.Path, args);

        Assert.NotEqual(0, run.Exit);
        Assert.NotEmpty(run.Error.Trim());
    }

    private static async Task<(int Exit, string Output, string Error)> AdminAsync(string dataDir, params string[] args)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ACS_DATA_DIR"] = dataDir }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommand.RunAsync(args, settings, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
