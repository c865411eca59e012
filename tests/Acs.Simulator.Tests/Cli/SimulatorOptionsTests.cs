using Acs.Simulator.Cli;
using Acs.Simulator.Device;

namespace Acs.Simulator.Tests.Cli;

public class SimulatorOptionsTests
{
    [Fact]
    public void Every_option_is_read()
    {
        var (options, error) = SimulatorOptions.Parse([
            "--acs", "http://127.0.0.1:7547/", "--kind", "phone", "--serial", "SIM0001", "--count", "3", "--sessions", "2",
            "--username", "u", "--password", "p", "--cr-username", "cu", "--cr-password", "cp", "--periodic", "60", "--oui", "00aabb", "--cr-port", "7548",
        ]);

        Assert.Null(error);
        Assert.Equal(new Uri("http://127.0.0.1:7547/"), options!.AcsUrl);
        Assert.Equal(DeviceKind.Phone, options.Kind);
        Assert.Equal(3, options.Count);
        Assert.Equal(2, options.Sessions);
        Assert.Equal(("u", "p"), (options.Username, options.Password));
        Assert.Equal(("cu", "cp"), (options.ConnectionRequestUsername, options.ConnectionRequestPassword));
        Assert.Equal(60u, options.PeriodicSeconds);
        Assert.Equal("00AABB", options.Oui);
        Assert.Equal(7548, options.ConnectionRequestPort);
    }

    [Theory]
    [InlineData("reject", "nested", true, FaultShape.Nested)]
    [InlineData("accept", "unwrapped", false, FaultShape.Unwrapped)]
    [InlineData("accept", "standard", false, FaultShape.Standard)]
    public void Behaviour_knobs_reach_every_device(string declaration, string shape, bool rejects, FaultShape expected)
    {
        var (options, error) = SimulatorOptions.Parse(["--acs", "http://acs/", "--xml-declaration", declaration, "--fault-shape", shape]);

        Assert.Null(error);
        var behaviour = options!.Behaviour();
        Assert.Equal(rejects, behaviour.RejectXmlDeclaration);
        Assert.Equal(expected, behaviour.FaultShape);
    }

    [Fact]
    public void Tls_files_are_read()
    {
        var (options, error) = SimulatorOptions.Parse(["--acs", "https://acs.example.com:7548/", "--ca-file", "ca.pem", "--client-cert", "c.pem", "--client-key", "k.pem"]);

        Assert.Null(error);
        Assert.Equal(("ca.pem", "c.pem", "k.pem"), (options!.CaFile, options.ClientCertificateFile, options.ClientKeyFile));
    }

    [Fact]
    public void A_client_certificate_needs_its_key()
    {
        var (options, error) = SimulatorOptions.Parse(["--acs", "https://acs.example.com:7548/", "--ca-file", "ca.pem", "--client-cert", "c.pem"]);

        Assert.Null(options);
        Assert.Equal("--client-cert and --client-key go together", error);
    }

    [Fact]
    public void Only_the_ACS_URL_is_required()
    {
        var (options, _) = SimulatorOptions.Parse(["--acs", "http://acs/"]);

        Assert.Equal(DeviceKind.Gateway, options!.Kind);
        Assert.Equal(1, options.Count);
        Assert.Null(options.Sessions);
        Assert.Null(options.PeriodicSeconds);
    }

    [Theory]
    [InlineData("--kind", "phone")]
    [InlineData("--acs", "not a url")]
    [InlineData("--acs", "http://acs/", "--kind", "fridge")]
    [InlineData("--acs", "http://acs/", "--count", "0")]
    [InlineData("--acs", "http://acs/", "--count", "many")]
    [InlineData("--acs", "http://acs/", "--oui", "XYZ123")]
    [InlineData("--acs", "http://acs/", "--colour", "blue")]
    [InlineData("--acs", "http://acs/", "--xml-declaration", "maybe")]
    [InlineData("--acs", "http://acs/", "--fault-shape", "round")]
    [InlineData("--acs")]
    public void Bad_command_lines_are_rejected_with_a_reason(params string[] args)
    {
        var (options, error) = SimulatorOptions.Parse(args);

        Assert.Null(options);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("SIM0001", 0, "SIM0001")]
    [InlineData("SIM0001", 11, "SIM0012")]
    [InlineData("SIM9", 3, "SIM12")]
    [InlineData("PHONE", 0, "PHONE")]
    [InlineData("PHONE", 2, "PHONE-3")]
    public void Fleet_serials_count_up_from_the_given_one(string serial, int index, string expected)
    {
        var options = new SimulatorOptions { AcsUrl = new Uri("http://acs/"), Serial = serial };

        Assert.Equal(expected, options.SerialFor(index));
    }
}
