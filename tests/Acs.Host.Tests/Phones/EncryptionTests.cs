using Acs.Testing;
using Acs.Host.Tests.Infrastructure;
using Acs.Provisioning.Encryption;

namespace Acs.Host.Tests.Phones;

public sealed class EncryptionTests
{
    private static readonly Phone Phone = new("00562b043615");

    [Theory]
    [InlineData("sha256")]
    [InlineData("md5")]
    public async Task An_aes_256_cbc_profile_is_decrypted_by_openssl_to_the_exact_document(string digest)
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Station_Name", "Encrypted é")),
            encryption = new { method = "aes-256-cbc", passphrase = "correct horse", digest },
        });
        var plain = await RenderedAsync(server);

        var response = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("profile.enc", response.Body);
        var openssl = ExternalTool.Run("/usr/bin/openssl", ["enc", "-d", "-aes-256-cbc", "-md", digest, "-k", "correct horse", "-in", file]);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/octet-stream", response.Header("content-type"));
        Assert.StartsWith("Salted__", response.Text, StringComparison.Ordinal);
        Assert.True(openssl.ExitCode == 0, openssl.Describe());
        Assert.Equal(plain, openssl.StandardOutput);
    }

    [Fact]
    public async Task A_gzipped_and_encrypted_profile_is_decrypted_then_gunzipped_to_the_exact_document()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Station_Name", "Compressed")),
            encryption = new { method = "aes-256-cbc", passphrase = "pw", digest = "sha256" },
            gzip = true,
        });
        var plain = await RenderedAsync(server);

        var response = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);
        using var scratch = new ScratchDirectory();
        var openssl = ExternalTool.Run("/usr/bin/openssl", ["enc", "-d", "-aes-256-cbc", "-md", "sha256", "-k", "pw", "-in", scratch.Write("p.enc", response.Body)]);

        Assert.True(openssl.ExitCode == 0, openssl.Describe());
        Assert.True(GzipContent.TryDecompress(openssl.StandardOutput, out var document));
        Assert.Equal(plain, document);
    }

    [Fact]
    public async Task An_aes128gcm_profile_carries_the_content_encoding_and_decodes_to_the_exact_document()
    {
        await using var server = await AcsTestServer.StartAsync();
        var key = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new
        {
            parameters = Layers.Parameters(("Station_Name", "Gcm")),
            encryption = new { method = "aes128gcm", key = System.Buffers.Text.Base64Url.EncodeToString(key), keyId = "k1" },
        });
        var plain = await RenderedAsync(server);

        var response = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);

        Assert.Equal(200, response.Status);
        Assert.Equal("aes128gcm", response.Header("content-encoding"));
        Assert.True(Aes128GcmContent.TryDecode(response.Body, key, out var document, out var failure), failure.ToString());
        Assert.Equal(plain, document);
    }

    // The admin view of the rendered profile is the document before compression and encryption.
    private static async Task<byte[]> RenderedAsync(AcsTestServer server) =>
        await server.Api().GetByteArrayAsync($"/api/v1/profiles/macs/{Phone.Mac}/rendered?productName=CP-8851-3PCC");
}
