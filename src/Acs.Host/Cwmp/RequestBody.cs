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

        Stream? source = null;
        try
        {
            var encoding = request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant();
            if (encoding is not ("" or "identity" or "gzip" or "x-gzip" or "deflate"))
            {
                return (Outcome.UnsupportedEncoding, []);
            }

            // The .NET decoders end quietly when the compressed data stops short, which would turn a cut-off
            // body into a shorter one (or an empty POST); these decoders insist on the end of the stream.
            var header = encoding is "" or "identity" ? [] : await PeekAsync(request, ct);
            source = header.Length == 0 ? request.Body : encoding == "deflate"
                ? new InflaterInputStream(request.Body, new Inflater(noHeader: !IsZlib(header))) { IsStreamOwner = false }
                : new GZipInputStream(request.Body) { IsStreamOwner = false };

            // The limit applies to the decoded body too, so a small compressed bomb cannot grow past it.
            using var buffer = new MemoryStream(request.ContentLength is > 0 and < 65536 ? (int)request.ContentLength : 4096);
            var chunk = ArrayPool<byte>.Shared.Rent(16384);
            try
            {
                int read;
                while ((read = await source.ReadAsync(chunk, ct)) > 0)
                {
                    if (buffer.Length + read > limit)
                    {
                        return (Outcome.TooLarge, []);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return (Outcome.Ok, buffer.ToArray());
        }
        catch (Exception e) when (e is SharpZipBaseException or InvalidDataException)
        {
            return (Outcome.Corrupt, []);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (Outcome.TooLarge, []);
        }
        finally
        {
            if (source is not null && !ReferenceEquals(source, request.Body))
            {
                await source.DisposeAsync();
            }
        }
    }

    // The first two bytes of a compressed body; none when the body is empty (an empty POST stays empty).
    private static async Task<byte[]> PeekAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        var header = new byte[2];
        var read = await request.Body.ReadAtLeastAsync(header, 2, throwOnEndOfStream: false, ct);
        request.Body.Position = 0;
        return header[..read];
    }

    /// <summary>HTTP "deflate" is zlib-wrapped by the RFC, but some stacks send raw deflate; the header tells.</summary>
    private static bool IsZlib(byte[] header) =>
        header.Length == 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0;
}
