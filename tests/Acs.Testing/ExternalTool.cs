using System.Diagnostics;

namespace Acs.Testing;

// Runs a real program (openssl, kea-dhcp4, dnsmasq, named-checkzone, tftp, curl) whose format we claim to speak.
// A missing program is a failed test with the package to install, never a skip.
public static class ExternalTool
{
    public static readonly IReadOnlyDictionary<string, string> Packages = new Dictionary<string, string>
    {
        ["/usr/bin/openssl"] = "openssl",
        ["/usr/sbin/kea-dhcp4"] = "kea-dhcp4-server",
        ["/usr/sbin/dnsmasq"] = "dnsmasq",
        ["/usr/bin/named-checkzone"] = "bind9-utils",
        ["/usr/bin/tftp"] = "tftp-hpa",
        ["/usr/bin/curl"] = "curl",
        ["/usr/bin/systemd-analyze"] = "systemd",
    };

    public static ToolRun Run(string path, IEnumerable<string> arguments, byte[]? standardInput = null)
    {
        Assert.True(File.Exists(path), $"{path} is missing: install the Debian package '{Packages.GetValueOrDefault(path, "?")}' (apt-get install -y --no-install-recommends {Packages.GetValueOrDefault(path, "?")}).");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{path} did not finish within 30 s.");
        }

        copyOut.GetAwaiter().GetResult();
        return new ToolRun(process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }
}
