using System.Security.Cryptography;
using Acs.Core.Files;
using Acs.Core.Persistence;
using Acs.Host.Planes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Acs.Host.Api.Files;

/// <summary>
/// Files devices download: upload (multipart, streamed to disk with a SHA-256), list, describe, delete;
/// and the unauthenticated device-plane download with Range and ETag.
/// </summary>
public static class FilesApi
{
    // Room for the multipart boundaries and the text fields around the file itself.
    private const long MultipartOverhead = 64 * 1024;

    public static RouteGroupBuilder MapFilesApi(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/files").WithTags("Files");
        files.MapPost("/", UploadAsync).RequireAuthorization(ApiPolicies.Write).Produces<FileView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Uploads a file as multipart/form-data with fields fileType, oui, productClass, version and one file part; devices fetch it from the returned url.");
        files.MapGet("/", ListAsync).Produces<Page<FileView>>();
        files.MapGet("/{id}", async (string id, IDbContextFactory<AcsDbContext> dbFactory, FileStore store, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } file
                ? TypedResults.Ok(FileView.Of(file, store.UrlOf(file)))
                : Problems.NotFound($"File {id}");
        });
        files.MapDelete("/{id}", async (string id, FileStore store, CancellationToken ct) =>
            await store.DeleteAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"File {id}"))
            .RequireAuthorization(ApiPolicies.Write);
        return api;
    }

    public static IEndpointRouteBuilder MapDeviceFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/files/{id}/{fileName}", async (string id, IDbContextFactory<AcsDbContext> dbFactory, FileStore store, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
            return file is null || !File.Exists(store.PathOf(id))
                ? Results.NotFound()
                : Results.File(store.PathOf(id), "application/octet-stream", file.FileName,
                    lastModified: file.CreatedAt, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
        }).WithMetadata(new PlaneMetadata(Plane.Device)).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, FileStore store, IOptions<FileStoreOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var limit = options.Value.MaxFileBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + MultipartOverhead;
        }

        if (context.Request.ContentLength > limit + MultipartOverhead)
        {
            return TooLarge(limit);
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Problems.Invalid("body", "must be multipart/form-data with fields fileType, oui, productClass, version and a file");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? fileName = null;
        (long Size, string Sha256)? written = null;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                if (disposition.IsFileDisposition() && fileName is null)
                {
                    fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName.HasValue ? disposition.FileName : disposition.FileNameStar).Value ?? "");
                    written = await store.WriteAsync(id, section.Body, ct);
                    if (written is null)
                    {
                        return TooLarge(limit);
                    }
                }
                else if (disposition.IsFormDisposition())
                {
                    using var text = new StreamReader(section.Body);
                    fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? ""] = (await text.ReadToEndAsync(ct)).Trim();
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            store.Discard(id);
            return TooLarge(limit);
        }
        catch (InvalidDataException e)
        {
            store.Discard(id);
            return Problems.Invalid("body", "is not valid multipart: " + e.Message);
        }

        var refusal = written is null || string.IsNullOrEmpty(fileName) ? ("file", "is required")
            : !fields.TryGetValue("fileType", out var fileType) || fileType.Length is 0 or > 64 ? ("fileType", "is required, e.g. \"1 Firmware Upgrade Image\"")
            : fields.Values.Any(v => v.Length > 256) ? ("body", "fields are at most 256 characters")
            : ((string, string)?)null;
        if (refusal is var (field, message))
        {
            store.Discard(id);
            return Problems.Invalid(field, message);
        }

        var file = new StoredFile
        {
            Id = id,
            FileType = fields["fileType"],
            FileName = fileName!.Length > 255 ? fileName[..255] : fileName,
            Oui = fields.GetValueOrDefault("oui"),
            ProductClass = fields.GetValueOrDefault("productClass"),
            Version = fields.GetValueOrDefault("version"),
            Size = written!.Value.Size,
            Sha256 = written.Value.Sha256,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await store.AddAsync(file, ct);
        return TypedResults.Created($"/api/v1/files/{id}", FileView.Of(file, store.UrlOf(file)));
    }

    private static async Task<IResult> ListAsync(string? fileType, string? oui, string? productClass, int? limit, string? cursor,
        IDbContextFactory<AcsDbContext> dbFactory, FileStore store, CancellationToken ct)
    {
        var invalid = Cursor.Check(limit, cursor, Cursor.TryDecode(cursor, out string after), out var take);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Files.AsNoTracking().Where(f => string.Compare(f.Id, after) > 0);
        query = fileType is null ? query : query.Where(f => f.FileType == fileType);
        query = oui is null ? query : query.Where(f => f.Oui == oui);
        query = productClass is null ? query : query.Where(f => f.ProductClass == productClass);
        var page = await query.OrderBy(f => f.Id).Take(take + 1).ToListAsync(ct);
        var more = page.Count > take;
        if (more)
        {
            page.RemoveAt(take);
        }

        return TypedResults.Ok(new Page<FileView>([.. page.Select(f => FileView.Of(f, store.UrlOf(f)))], more ? Cursor.Encode(page[^1].Id) : null));
    }

    private static IResult TooLarge(long limit) => TypedResults.Problem(
        detail: $"Files are limited to {limit} bytes (Acs:Files:MaxFileBytes).", statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
}
