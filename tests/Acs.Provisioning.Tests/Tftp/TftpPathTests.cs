using Acs.Provisioning.Tftp;

namespace Acs.Provisioning.Tests.Tftp;

public class TftpPathTests
{
    [Theory]
    [InlineData("/8851-3PCC.xml", "8851-3PCC.xml")]
    [InlineData("8851-3PCC.xml", "8851-3PCC.xml")]
    [InlineData("/Cisco/CP-8851-3PCC/001234ab45de.cfg", "Cisco/CP-8851-3PCC/001234ab45de.cfg")]
    [InlineData("/firmware/sip88xx.12-0-1-0001-1.loads", "firmware/sip88xx.12-0-1-0001-1.loads")]
    [InlineData("/a..b", "a..b")]
    public void Requested_names_become_paths_under_the_root(string requested, string expected)
    {
        Assert.True(TftpPath.TryNormalize(requested, out var path, out var rejection));
        Assert.Equal(expected, path);
        Assert.Equal(PathRejection.None, rejection);
    }

    [Theory]
    [InlineData("", PathRejection.Empty)]
    [InlineData("/", PathRejection.Empty)]
    [InlineData("/../etc/passwd", PathRejection.Traversal)]
    [InlineData("a/../../b", PathRejection.Traversal)]
    [InlineData("..", PathRejection.Traversal)]
    [InlineData("..\\windows", PathRejection.Backslash)]
    [InlineData("C:/boot.ini", PathRejection.Colon)]
    [InlineData("a.xml\0.cfg", PathRejection.Nul)]
    [InlineData("//server/share", PathRejection.EmptySegment)]
    [InlineData("a//b", PathRejection.EmptySegment)]
    [InlineData("dir/", PathRejection.EmptySegment)]
    [InlineData("./a", PathRejection.DotSegment)]
    [InlineData("a\nb", PathRejection.ControlCharacter)]
    public void Dangerous_names_are_refused_with_a_reason(string requested, PathRejection expected)
    {
        Assert.False(TftpPath.TryNormalize(requested, out var path, out var rejection));
        Assert.Equal(expected, rejection);
        Assert.Empty(path);
    }
}
