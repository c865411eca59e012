using System.Text;
using Acs.Provisioning.Dhcp;
using Acs.Provisioning.Encryption;

namespace Acs.Provisioning.Tests.Encryption;

public class Aes128GcmContentTests
{
    private static readonly byte[] Rfc31Ikm = Base64Url("yqdlZ-tYemfogSmv7Ws5PQ");
    private static readonly byte[] Rfc31Body = Base64Url("I1BsxtFttlv3u_Oo94xnmwAAEAAA-NAVub2qFgBEuQKRapoZu-IxkIva3MEB1PD-ly8Thjg");
    private static readonly byte[] Rfc32Ikm = Base64Url("BO3ZVPxUlnLORbVGMpbT1Q");
    private static readonly byte[] Rfc32Body = Base64Url("uNCkWiNYzKTnBN9ji3-qWAAAABkCYTHOG8chz_gnvgOqdGYovxyjuqRyJFjEDyoF1Fvkj6hQPdPHI51OEUKEpgz3SsLWIqS_uA");

    [Fact]
    public void Rfc8188_section_3_1_key_and_nonce_are_derived()
    {
        var (cek, nonce) = Aes128GcmContent.DeriveKeyAndNonce(Rfc31Ikm, Rfc31Body.AsSpan(0, 16));

        Assert.Equal("ff09e2cad07ea1fb1c643878b5b4a31f", HexText.Plain(cek));
        Assert.Equal("05cb3c82421128b23c19e23c", HexText.Plain(nonce));
    }

    [Fact]
    public void Rfc8188_section_3_1_is_encoded_exactly()
    {
        var body = Aes128GcmContent.Encode("I am the walrus"u8, Rfc31Ikm, Rfc31Body.AsSpan(0, 16), 4096);

        Assert.Equal(Rfc31Body, body);
    }

    [Fact]
    public void Rfc8188_section_3_1_is_decoded()
    {
        Assert.True(Aes128GcmContent.TryDecode(Rfc31Body, Rfc31Ikm, out var content, out var failure), failure.ToString());
        Assert.Equal("I am the walrus", Encoding.ASCII.GetString(content));
    }

    [Fact]
    public void Rfc8188_section_3_2_two_records_with_a_keyid_are_encoded_exactly()
    {
        var body = Aes128GcmContent.EncodeRecords(["I am th"u8.ToArray(), "e walrus"u8.ToArray()], Rfc32Ikm, Rfc32Body.AsSpan(0, 16), 25, "a1"u8);

        Assert.Equal(Rfc32Body, body);
    }

    [Fact]
    public void Rfc8188_section_3_2_is_decoded()
    {
        Assert.True(Aes128GcmContent.TryDecode(Rfc32Body, Rfc32Ikm, out var content, out var failure), failure.ToString());
        Assert.Equal("I am the walrus", Encoding.ASCII.GetString(content));
    }

    [Fact]
    public void Our_own_profile_vector_is_reproduced()
    {
        var body = Aes128GcmContent.Encode(
            "<flat-profile><GPP_A>hello</GPP_A></flat-profile>"u8,
            Convert.FromHexString("000102030405060708090a0b0c0d0e0f"),
            Convert.FromHexString("101112131415161718191a1b1c1d1e1f"));

        Assert.Equal(
            "101112131415161718191a1b1c1d1e1f0000100000e96e43e15f6f62ba6cf750c8a298322406506464a83606ede5bd8628fa6cda2d0fe807599c81ed7e9bb76e3e47f7a42d1af4e824e3c4c00a51d7fec20c03347a0f59",
            HexText.Plain(body));
    }

    [Theory]
    [InlineData(0, 18)]
    [InlineData(1, 18)]
    [InlineData(100, 18)]
    [InlineData(4079, 4096)]
    [InlineData(4080, 4096)]
    [InlineData(10000, 4096)]
    public void Content_of_any_length_round_trips_across_records(int length, int recordSize)
    {
        var content = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        var ikm = Convert.FromHexString("00112233445566778899aabbccddeeff");

        var body = Aes128GcmContent.Encode(content, ikm, recordSize: recordSize);

        Assert.True(Aes128GcmContent.TryDecode(body, ikm, out var decoded, out var failure), failure.ToString());
        Assert.Equal(content, decoded);
    }

    [Fact]
    public void A_wrong_key_fails_authentication()
    {
        Assert.False(Aes128GcmContent.TryDecode(Rfc31Body, Rfc32Ikm, out _, out var failure));
        Assert.Equal(DecryptionFailure.AuthenticationFailed, failure);
    }

    [Fact]
    public void Dropping_the_last_record_is_detected()
    {
        // Header 21 + 2 ("a1") = 23 bytes, then one full 25-byte record: the final record is gone.
        var cut = Rfc32Body.AsSpan(0, 23 + 25).ToArray();

        Assert.False(Aes128GcmContent.TryDecode(cut, Rfc32Ikm, out _, out var failure));
        Assert.Equal(DecryptionFailure.Truncated, failure);
    }

    [Fact]
    public void Every_truncation_of_a_valid_body_is_rejected()
    {
        for (var length = 0; length < Rfc32Body.Length; length++)
        {
            Assert.False(Aes128GcmContent.TryDecode(Rfc32Body.AsSpan(0, length), Rfc32Ikm, out _, out var failure), $"length {length}");
            Assert.NotEqual(DecryptionFailure.None, failure);
        }
    }

    [Fact]
    public void A_record_size_below_18_is_rejected()
    {
        var body = (byte[])Rfc31Body.Clone();
        body[16] = 0;
        body[17] = 0;
        body[18] = 0;
        body[19] = 17;

        Assert.False(Aes128GcmContent.TryDecode(body, Rfc31Ikm, out _, out var failure));
        Assert.Equal(DecryptionFailure.RecordSizeTooSmall, failure);
    }

    [Fact]
    public void Gzip_round_trips_and_is_sniffed()
    {
        var profile = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<GPP_A>x</GPP_A>", 100)));

        var compressed = GzipContent.Compress(profile);

        Assert.True(GzipContent.IsCompressed(compressed));
        Assert.True(compressed.Length < profile.Length);
        Assert.True(GzipContent.TryDecompress(compressed, out var restored));
        Assert.Equal(profile, restored);
        Assert.False(GzipContent.TryDecompress(profile, out _));
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
