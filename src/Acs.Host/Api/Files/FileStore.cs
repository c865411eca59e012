using System.Security.Cryptography;
using Acs.Core;
using Acs.Core.Files;
using Acs.Core.Persistence;
using Acs.Host.Planes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Host.Api.Files;

/// <summary>
/// Files on disk under the data directory ("files/&lt;id&gt;"), described in the database, and the
/// <see cref="IFileLocator"/> that turns a download task's fileId into the device-plane URL and size.
/// </summary>
public sealed class FileStore(
    string directory,
    IDbContextFactory<AcsDbContext> dbFactory,
    IOptions<FileStoreOptions> options,
    DeviceFacingUrls urls) : IFileLocator
{
    public string PathOf(string id) => Path.Combine(directory, id);

    /// <summary>Copies an upload to disk while hashing it; returns null (and keeps nothing) beyond the size limit.</summary>
    public async Task<(long Size, string Sha256)?> WriteAsync(string id, Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var path = PathOf(id);
        var limit = options.Value.MaxFileBytes;
        long size = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > limit)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        if (size > limit)
        {
            File.Delete(path);
            return null;
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public async Task AddAsync(StoredFile file, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Files.Add(file);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes a written file that was never described (a refused upload).</summary>
    public void Discard(string id) => File.Delete(PathOf(id));

    public async Task<bool> DeleteAsync(string id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deleted = await db.Files.Where(f => f.Id == id).ExecuteDeleteAsync(ct) > 0;
        if (deleted)
        {
            File.Delete(PathOf(id));
        }

        return deleted;
    }

    public (string Url, long Size)? Locate(string fileId)
    {
        using var db = dbFactory.CreateDbContext();
        var file = db.Files.AsNoTracking().FirstOrDefault(f => f.Id == fileId);
        return file is null ? null : (UrlOf(file), file.Size);
    }

    public string UrlOf(StoredFile file) => new Uri(new Uri(urls.FileBaseUrl), $"files/{file.Id}/{Uri.EscapeDataString(file.FileName)}").ToString();
}
