using System.Buffers;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;
using ICSharpCode.SharpZipLib.Zip.Compression;
using ICSharpCode.SharpZipLib.Zip.Compression.Streams;
using Microsoft.AspNetCore.Http.Features;

namespace Acs.Host.Cwmp;

/// <summary>Reads a device's POST body within the size limit, undoing gzip or deflate content coding.</summary>
internal static class RequestBody
{
    public enum Outcome
    {
        Ok,
        TooLarge,
        UnsupportedEncoding,
        Corrupt,
    }

    public static async Task<(Outcome Outcome, byte[] Body)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return (Outcome.TooLarge, []);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant();
        if (encoding is not ("" or "identity" or "gzip" or "x-gzip" or "deflate"))
        {
            return (Outcome.UnsupportedEncoding, []);
        }

        try
        {
            var raw = await ReadBoundedAsync(request.Body, limit, ct);
            if (raw is null)
            {
                return (Outcome.TooLarge, []);
            }

            if (encoding is "" or "identity" || raw.Length == 0)
            {
                return (Outcome.Ok, raw);
            }

            // The .NET decoders end quietly when the compressed data stops short, which would turn a cut-off
            // body into a shorter one (or an empty POST); these decoders insist on the end of the stream.
            using var source = encoding == "deflate"
                ? new InflaterInputStream(new MemoryStream(raw), new Inflater(noHeader: !IsZlib(raw)))
                : (Stream)new GZipInputStream(new MemoryStream(raw));
            var decoded = await ReadBoundedAsync(source, limit, ct);
            return decoded is null ? (Outcome.TooLarge, []) : (Outcome.Ok, decoded);
        }
        catch (Exception e) when (e is SharpZipBaseException or InvalidDataException)
        {
            return (Outcome.Corrupt, []);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (Outcome.TooLarge, []);
        }
    }

    // The whole stream, or null once it passes the limit (applied to the decoded body too, so a small
    // compressed bomb cannot grow past it).
    private static async Task<byte[]?> ReadBoundedAsync(Stream source, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>HTTP "deflate" is zlib-wrapped by the RFC, but some stacks send raw deflate; the header tells.</summary>
    private static bool IsZlib(byte[] body) =>
        body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
}
