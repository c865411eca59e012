using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Acs.Host.Tests.Infrastructure;
using Acs.Testing;

namespace Acs.Host.Tests.Startup;

// The server binary in its own process: settings files found from the working directory, JSON logs on the
// console, and start-up refusals as one line and exit status 1.
public sealed class ServerProcessTests
{
    [Fact]
    public async Task Settings_come_from_the_working_directory_then_acs_config_then_the_environment_and_json_logs_are_one_object_per_line()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("appsettings.json", """
            { "Acs": { "Provisioning": { "AcsUrl": "http://from-working-directory.example/", "ProfileBaseUrl": "http://from-working-directory.example" } } }
            """);
        var config = scratch.Write("operator.json", """
            {
              // comments are allowed, as in the sample
              "Acs": { "Provisioning": { "ProfileBaseUrl": "http://from-acs-config.example" }, "Files": { "DeviceBaseUrl": "http://from-acs-config.example" } }
            }
            """);
        await using var server = ServerProcess.Start(scratch.Path, new Dictionary<string, string>
        {
            ["ACS_CONFIG"] = config,
            ["Acs__Files__DeviceBaseUrl"] = "http://from-environment.example",
            ["ACS_LOG_FORMAT"] = "json",
            ["ACS_DEVICE_URL"] = "http://127.0.0.1:0",
            ["ACS_OPERATOR_URL"] = "http://127.0.0.1:0",
            ["ACS_TFTP_PORT"] = "0",
        });

        var line = await server.WaitForOutputAsync(l => l.Contains("Devices are given", StringComparison.Ordinal));

        using var entry = JsonDocument.Parse(line);
        Assert.Equal("Information", entry.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal(
            "Devices are given: CWMP URL http://from-working-directory.example/, profile base http://from-acs-config.example, file base http://from-environment.example/",
            entry.RootElement.GetProperty("Message").GetString());
        Assert.Equal("http://from-acs-config.example", entry.RootElement.GetProperty("State").GetProperty("ProfileBaseUrl").GetString());
        Assert.All(server.Output.Where(l => l.Length > 0), l => JsonDocument.Parse(l).Dispose());
        // ./data is where the server was started.
        Assert.True(File.Exists(Path.Combine(scratch.Path, "data", "acs.db")));
    }

    [Fact]
    public async Task A_port_in_use_stops_the_server_with_one_line_naming_the_setting()
    {
        using var scratch = new ScratchDirectory();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var server = ServerProcess.Start(scratch.Path, new Dictionary<string, string>
        {
            ["ACS_DEVICE_URL"] = "http://127.0.0.1:0",
            ["ACS_OPERATOR_URL"] = $"http://127.0.0.1:{port}",
            ["ACS_TFTP_PORT"] = "0",
        });

        var exit = await server.WaitForExitAsync();

        Assert.Equal(1, exit);
        var line = Assert.Single(server.Errors);
        Assert.Equal($"Acs did not start: ACS_OPERATOR_URL: port {port} is already in use by another process (http://127.0.0.1:{port}/)", line);
        Assert.DoesNotContain(server.Output.Concat(server.Errors), l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_https_device_url_without_a_certificate_stops_the_server_with_one_line()
    {
        using var scratch = new ScratchDirectory();
        await using var server = ServerProcess.Start(scratch.Path, new Dictionary<string, string>
        {
            ["ACS_DEVICE_URL"] = "https://0.0.0.0:0",
            ["ACS_OPERATOR_URL"] = "http://127.0.0.1:0",
        });

        var exit = await server.WaitForExitAsync();

        Assert.Equal(1, exit);
        var line = Assert.Single(server.Errors);
        Assert.StartsWith("Acs did not start: ACS_DEVICE_URL is https://0.0.0.0:0/ but ACS_DEVICE_CERT and ACS_DEVICE_KEY", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(scratch.Path, "data", "acs.db")), "nothing was migrated before the refusal");
    }

    [Fact]
    public async Task A_missing_acs_config_file_stops_the_server_with_one_line()
    {
        using var scratch = new ScratchDirectory();
        await using var server = ServerProcess.Start(scratch.Path, new Dictionary<string, string> { ["ACS_CONFIG"] = Path.Combine(scratch.Path, "missing.json") });

        Assert.Equal(1, await server.WaitForExitAsync());
        Assert.StartsWith("Acs did not start: ACS_CONFIG: the settings file", Assert.Single(server.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_command_runs_from_the_same_binary()
    {
        using var scratch = new ScratchDirectory();
        await using var create = ServerProcess.Start(scratch.Path, new Dictionary<string, string>(), "admin", "keys", "create", "--role", "admin", "--name", "ops");

        Assert.Equal(0, await create.WaitForExitAsync());
        Assert.StartsWith("acs_", Assert.Single(create.Output), StringComparison.Ordinal);
        Assert.Contains(create.Errors, l => l.StartsWith("Created admin key 'ops'", StringComparison.Ordinal));

        await using var list = ServerProcess.Start(scratch.Path, new Dictionary<string, string>(), "admin", "keys", "list");
        Assert.Equal(0, await list.WaitForExitAsync());
        Assert.Contains(list.Output, l => l.EndsWith(" ops", StringComparison.Ordinal) && l.Contains("admin", StringComparison.Ordinal));
    }
}
