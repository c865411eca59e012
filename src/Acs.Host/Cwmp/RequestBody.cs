using System.Buffers;
using System.IO.Compression;
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
        Stream source = request.Body;
        switch (encoding)
        {
            case "" or "identity":
                break;
            case "gzip" or "x-gzip":
                source = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
                break;
            case "deflate":
                source = await LooksLikeZlibAsync(request) ? new ZLibStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : new DeflateStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
                break;
            default:
                return (Outcome.UnsupportedEncoding, []);
        }

        try
        {
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
        catch (InvalidDataException)
        {
            return (Outcome.Corrupt, []);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (Outcome.TooLarge, []);
        }
        finally
        {
            if (!ReferenceEquals(source, request.Body))
            {
                await source.DisposeAsync();
            }
        }
    }

    /// <summary>HTTP "deflate" is zlib-wrapped by the RFC, but some stacks send raw deflate; peek at the header.</summary>
    private static async Task<bool> LooksLikeZlibAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var header = new byte[2];
        var read = await request.Body.ReadAsync(header);
        request.Body.Position = 0;
        return read == 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0;
    }
}
