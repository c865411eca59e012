namespace Acs.Cwmp.Tests.Fixtures;

// The Broadband Forum files live next to the repository, never inside it.
public static class BbfData
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Acs.sln")))
            {
                dir = dir.Parent;
            }

            var parent = dir?.Parent ?? throw new InvalidOperationException(
                "Could not find the repository root (a directory holding Acs.sln) above the test binaries.");
            var bbf = Path.Combine(parent.FullName, "shared", "data", "bbf");
            Assert.True(System.IO.Directory.Exists(bbf),
                $"The Broadband Forum schemas are missing: expected them in {bbf} (../shared/data/bbf relative to the repository root).");
            return bbf;
        }
    }

    public static string File(string name)
    {
        var path = Path.Combine(Directory, name);
        Assert.True(System.IO.File.Exists(path), $"The Broadband Forum file {name} is missing from {Directory}.");
        return path;
    }
}
