namespace Acs.Testing;

// Files committed in the repository (config/, README.md), found from the test's output directory upwards.
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var directory = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(directory, "Acs.sln")))
            {
                directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar))
                    ?? throw new InvalidOperationException("the tests run outside the repository");
            }

            return directory;
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));
}
