namespace Acs.Host.Startup;

/// <summary>
/// An exclusive lock on ACS_DATA_DIR/acs.lock, held while the server runs: a second server on the same data
/// directory refuses to start, and `admin db restore` refuses to replace a database in use.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "acs.lock";

    private readonly FileStream file;

    private DataDirectoryLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock, or returns null when another process holds it.</summary>
    public static DataDirectoryLock? TryTake(string dataDir)
    {
        try
        {
            return new DataDirectoryLock(new FileStream(Path.Combine(dataDir, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
