using System.Security.Cryptography;
using System.Text;

namespace Acs.Core.Security;

/// <summary>The MD5 arithmetic of HTTP Digest (RFC 7616 with algorithm MD5, qop=auth).</summary>
public static class DigestHash
{
    public static string Ha1(string username, string realm, string password) => Md5Hex($"{username}:{realm}:{password}");

    public static string Response(string ha1, string nonce, string nc, string cnonce, string qop, string method, string uri) =>
        Md5Hex($"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{Md5Hex($"{method}:{uri}")}");

    public static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
