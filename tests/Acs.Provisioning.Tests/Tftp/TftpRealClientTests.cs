using Acs.Testing;
using Acs.Provisioning.Tests.Tools;
using Acs.Provisioning.Tftp;

namespace Acs.Provisioning.Tests.Tftp;

// tftp-hpa's client fetches files through the codec and the transfer state machine over loopback.
public class TftpRealClientTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(512)]
    [InlineData(1024)]
    [InlineData(5000)]
    public async Task The_tftp_client_downloads_the_exact_file(int length)
    {
        var content = Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();
        await using var server = new LoopbackTftpServer(new Dictionary<string, byte[]> { ["8851-3PCC.xml"] = content });
        using var scratch = new ScratchDirectory();
        var target = Path.Combine(scratch.Path, "downloaded.xml");

        var run = ExternalTool.Run("/usr/bin/tftp", ["-m", "binary", "127.0.0.1", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "get", "/8851-3PCC.xml", target]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.IsType<TransferCompleted>(await server.Outcome);
        Assert.Equal(content, File.ReadAllBytes(target));
    }

    [Fact]
    public async Task The_tftp_client_is_told_a_traversal_does_not_exist()
    {
        await using var server = new LoopbackTftpServer(new Dictionary<string, byte[]> { ["a.xml"] = [1] });
        using var scratch = new ScratchDirectory();
        var target = Path.Combine(scratch.Path, "out");

        var run = ExternalTool.Run("/usr/bin/tftp", ["-m", "binary", "127.0.0.1", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "get", "/../a.xml", target]);

        Assert.Null(await server.Outcome);
        Assert.Contains("File not found", run.Describe(), StringComparison.Ordinal);
    }
}
