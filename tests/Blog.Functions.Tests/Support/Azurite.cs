using System.Net.Sockets;

namespace Blog.Functions.Tests.Support;

/// <summary>
/// Where the integration tests find storage: <c>BLOG_TEST_STORAGE</c> (a connection string), else
/// Azurite on 127.0.0.1 with its well-known development account. <c>./test.sh</c> starts Azurite.
/// </summary>
internal static class Azurite
{
    public const string DevelopmentConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;" +
        "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("BLOG_TEST_STORAGE") is { Length: > 0 } configured ? configured : DevelopmentConnectionString;

    /// <summary>Fails with the fix in the message rather than with a socket timeout deep in a test.</summary>
    public static void EnsureRunning()
    {
        if (Environment.GetEnvironmentVariable("BLOG_TEST_STORAGE") is { Length: > 0 }) return;
        foreach (var port in new[] { 10000, 10002 })
        {
            using var client = new TcpClient();
            try { client.Connect("127.0.0.1", port); }
            catch (SocketException)
            {
                throw new InvalidOperationException(
                    $"No storage emulator listens on 127.0.0.1:{port}. Run the tests with ./test.sh (it starts Azurite), or start Azurite yourself: npx azurite --skipApiVersionCheck --inMemoryPersistence");
            }
        }
    }
}
