using Azure;
using Azure.Identity;

namespace Blog.Cli;

/// <summary>The errors an author can fix, said so that they can: storage unreachable, no sign-in, no access.</summary>
internal static class FailureMessages
{
    /// <summary>A message for an error the author can act on; null lets any other error surface as it is.</summary>
    public static string? Describe(Exception error) => error switch
    {
        AuthenticationFailedException auth =>
            $"Could not sign in: {FirstLine(auth.Message)} Sign in with 'az login' (or 'azd auth login'), or use --connection-string.",
        RequestFailedException { Status: 403 } denied =>
            $"Storage refused access ({denied.ErrorCode}). Your identity needs the 'Storage Blob Data Contributor' role on the account to upload (and 'Storage Table Data Reader' to see statuses).",
        RequestFailedException { Status: 0 } unreachable =>
            $"Cannot reach storage: {FirstLine(unreachable.Message)} For Azurite, start it with ./run.sh (or npx azurite).",
        AggregateException { InnerExceptions.Count: > 0 } many => Describe(many.InnerExceptions[0]),
        DirectoryNotFoundException missing => missing.Message,
        ArgumentException { ParamName: "connectionString" } invalid => FirstLine(invalid.Message.Replace($" (Parameter '{invalid.ParamName}')", "", StringComparison.Ordinal)),
        _ => null,
    };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
