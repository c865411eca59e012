using Acs.Core;
using Acs.Host.Tests.Infrastructure;
using Acs.Testing;
using Microsoft.Extensions.Configuration;

namespace Acs.Host.Tests.Packaging;

public sealed class PackagingTests
{
    [Fact]
    public void The_systemd_unit_passes_systemd_analyze_verify_without_a_warning()
    {
        using var scratch = new ScratchDirectory();
        // verify insists that ExecStart exists: point it at this build's apphost instead of /opt/acs.
        var unit = RepositoryFiles.Read("config/acs.service").Replace("/opt/acs/Acs.Host", Path.Combine(AppContext.BaseDirectory, "Acs.Host"), StringComparison.Ordinal);
        var path = scratch.Write("acs.service", unit);

        var run = ExternalTool.Run("/usr/bin/systemd-analyze", ["verify", path]);

        Assert.True(run.ExitCode == 0 && run.StandardError.Length == 0, run.Describe());
    }

    [Fact]
    public void The_nightly_backup_units_pass_systemd_analyze_verify_without_a_warning()
    {
        using var scratch = new ScratchDirectory();
        var apphost = Path.Combine(AppContext.BaseDirectory, "Acs.Host");
        var paths = new[] { "acs.service", "acs-backup.service", "acs-backup.timer" }
            .Select(name => scratch.Write(name, RepositoryFiles.Read($"config/{name}").Replace("/opt/acs/Acs.Host", apphost, StringComparison.Ordinal)))
            .ToList();

        var run = ExternalTool.Run("/usr/bin/systemd-analyze", ["verify", .. paths]);

        Assert.True(run.ExitCode == 0 && run.StandardError.Length == 0, run.Describe());
        Assert.Contains("admin db backup", RepositoryFiles.Read("config/acs-backup.service"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("User=acs")]
    [InlineData("StateDirectory=acs")]
    [InlineData("ProtectSystem=strict")]
    [InlineData("NoNewPrivileges=yes")]
    [InlineData("PrivateTmp=yes")]
    [InlineData("CapabilityBoundingSet=CAP_NET_BIND_SERVICE")]
    [InlineData("Environment=ACS_DATA_DIR=/var/lib/acs")]
    public void The_systemd_unit_is_hardened(string line)
    {
        Assert.Contains(line, RepositoryFiles.Read("config/acs.service").Split('\n').Select(l => l.Trim()));
    }

    // No container engine runs here and Debian ships no hadolint, so the Dockerfile's promises are read back.
    [Fact]
    public void The_dockerfile_builds_in_one_stage_and_runs_as_a_non_root_user_with_a_volume_and_a_health_check()
    {
        var lines = RepositoryFiles.Read("config/Dockerfile").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Equal(2, lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", lines.First(l => l.StartsWith("FROM ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.NotEqual("USER root", user);
        Assert.Contains(lines, l => l.StartsWith("VOLUME ", StringComparison.Ordinal) && l.Contains("/var/lib/acs", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal) && l.Contains("/healthz", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_and_the_dockerfile_publish_the_same_way()
    {
        static string Publish(string text) => System.Text.RegularExpressions.Regex.Match(text, "dotnet publish src/Acs.Host [^\n]*? -o ").Value;

        var readme = Publish(RepositoryFiles.Read("README.md"));

        Assert.Contains("--self-contained", readme, StringComparison.Ordinal);
        Assert.Equal(readme, Publish(RepositoryFiles.Read("config/Dockerfile")));
    }

    [Fact]
    public void The_sample_settings_load_bind_and_name_every_setting_of_the_readme()
    {
        var samplePath = RepositoryFiles.PathOf("config/appsettings.sample.json");
        var sample = File.ReadAllText(samplePath);
        var settings = new ConfigurationBuilder().AddJsonFile(samplePath).Build();
        var readme = RepositoryFiles.Read("README.md");
        var table = readme[readme.IndexOf("## Settings", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var names = System.Text.RegularExpressions.Regex.Matches(table, "^\\| `([^`]+)`", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();

        var options = settings.GetSection(AcsOptions.Section).Get<AcsOptions>()!;
        Assert.Equal(TimeSpan.FromSeconds(30), options.SessionTimeout);
        Assert.True(names.Count > 30, $"the README lists {names.Count} settings");
        foreach (var name in names)
        {
            // "Acs:DeviceAuth:Username" is written "Username" inside "DeviceAuth" in JSON; top-level names as they are.
            var last = name.Split(':')[^1].Replace("...", "", StringComparison.Ordinal);
            Assert.True(sample.Contains($"\"{last}\"", StringComparison.Ordinal), $"config/appsettings.sample.json lacks {name}");
        }
    }
}
