using Acs.Provisioning.Profiles;

namespace Acs.Provisioning.Tests.Profiles;

public class UpgradePathTests
{
    private static readonly UpgradePath Path = new(["sip88xx.11-0-1MPP-376", "sip88xx.11-3-7MPP0001-100", "sip88xx.12-0-1-0001-1"]);

    [Theory]
    [InlineData("sip88xx.11-0-1MPP-312", new[] { 11, 0, 1, 0, 312 })]
    [InlineData("sip88xx.11-3-2MPP0001-609", new[] { 11, 3, 2, 1, 609 })]
    [InlineData("sip88xx.12-0-1-0001-1.loads", new[] { 12, 0, 1, 1, 1 })]
    [InlineData("sip7832.11-0-1MPP-312", new[] { 11, 0, 1, 0, 312 })]
    [InlineData("12.0.1", new[] { 12, 0, 1 })]
    [InlineData("11.0", new[] { 11, 0 })]
    public void Load_names_and_user_agent_versions_are_read(string text, int[] parts)
    {
        Assert.Equal(parts, FirmwareVersion.Parse(text).Parts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sip88xx")]
    [InlineData("11.3.7SR1")]
    [InlineData("1..2")]
    [InlineData("sip8845_65.0104-MPP-9875dev")]
    public void Unreadable_versions_are_refused(string text)
    {
        Assert.False(FirmwareVersion.TryParse(text, out _));
    }

    [Theory]
    [InlineData("sipyyyy.11-3-2MPP0002-256", "sipyyyy.11-3-2MPP0001-609", 1)]
    [InlineData("sip88xx.11-2-3MPP-398", "sip88xx.11-3-2MPP0001-609", -1)]
    [InlineData("sip88xx.11-3-2MPP-100", "sip88xx.11-3-2MPP0001-1", -1)]
    [InlineData("12.0.1", "sip88xx.12-0-1-0001-1", 0)]
    [InlineData("11.3.7", "sip88xx.12-0-1-0001-1", -1)]
    public void Versions_compare_on_the_parts_both_know(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(FirmwareVersion.Parse(left).CompareShared(FirmwareVersion.Parse(right))));
    }

    [Theory]
    [InlineData("10.4.1", "sip88xx.11-0-1MPP-376")]
    [InlineData("sip88xx.11-0-1MPP-312", "sip88xx.11-0-1MPP-376")]
    [InlineData("sip88xx.11-0-1MPP-376", "sip88xx.11-3-7MPP0001-100")]
    [InlineData("11.2.3", "sip88xx.11-3-7MPP0001-100")]
    [InlineData("11.3.7", "sip88xx.12-0-1-0001-1")]
    [InlineData("12.0.1", null)]
    [InlineData("sip88xx.12-0-2-0001-5", null)]
    public void The_next_load_is_the_first_step_newer_than_the_running_version(string running, string? expected)
    {
        Assert.Equal(expected, Path.NextLoad(FirmwareVersion.Parse(running)));
    }

    [Fact]
    public void A_phone_two_releases_behind_steps_through_the_intermediate_load()
    {
        var running = FirmwareVersion.Parse("sip88xx.11-0-1MPP-376");
        var visited = new List<string>();
        while (Path.NextLoad(running) is { } next)
        {
            visited.Add(next);
            running = FirmwareVersion.Parse(next);
        }

        Assert.Equal(["sip88xx.11-3-7MPP0001-100", "sip88xx.12-0-1-0001-1"], visited);
    }

    [Fact]
    public void The_upgrade_rule_names_the_loads_file_on_an_explicit_server()
    {
        Assert.Equal("http://fw.example.com/sip88xx.11-3-7MPP0001-100.loads", UpgradePath.UpgradeRule("http://fw.example.com/", "sip88xx.11-3-7MPP0001-100"));
        Assert.Equal("http://fw.example.com/fw/sip88xx.12-0-1-0001-1.loads", UpgradePath.UpgradeRule("http://fw.example.com/fw", "sip88xx.12-0-1-0001-1.loads"));
    }

    [Fact]
    public void A_path_out_of_order_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new UpgradePath(["sip88xx.12-0-1-0001-1", "sip88xx.11-0-1MPP-376"]));
    }
}
