using System.IO.Compression;

namespace Acs.Provisioning.Encryption;

// Phones sniff the gzip header, so a compressed profile needs no HTTP header. Order: XML, gzip, encrypt.
public static class GzipContent
{
    public static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static bool IsCompressed(ReadOnlySpan<byte> content) => content.Length >= 2 && content[0] == 0x1f && content[1] == 0x8b;

    public static bool TryDecompress(byte[] compressed, out byte[] content)
    {
        content = [];
        if (!IsCompressed(compressed))
        {
            return false;
        }

        try
        {
            using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            content = output.ToArray();
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
