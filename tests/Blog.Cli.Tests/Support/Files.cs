using System.Security.Cryptography;
using System.Text;
using Blog.Cli.Local;

namespace Blog.Cli.Tests.Support;

/// <summary>Local files made from strings, hashed as <see cref="LocalFolder"/> hashes them.</summary>
internal static class Files
{
    public static LocalFile Local(string name, string content = "inhoud")
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new LocalFile(name, "/folder/" + name, bytes.Length, Sha256(content), Md5(content));
    }

    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

#pragma warning disable CA5351 // Blob storage's Content-MD5, for comparison only
    public static string Md5(string content) => Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(content)));
#pragma warning restore CA5351
}
