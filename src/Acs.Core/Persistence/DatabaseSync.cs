namespace Acs.Core.Persistence;

/// <summary>
/// When SQLite waits for the disk. Full: every commit is on disk before the device is answered (an fsync
/// per session write, about 10 ms on a virtual disk, which caps a single writer near 100 commits a second).
/// Normal: in WAL mode a commit survives a crash of the ACS but the last commits may be lost if the machine
/// itself loses power; the WAL is synced at each checkpoint.
/// </summary>
public enum DatabaseSync
{
    Full,
    Normal,
}
