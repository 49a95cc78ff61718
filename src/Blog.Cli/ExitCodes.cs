namespace Blog.Cli;

/// <summary>What the process answers, for scripts and CI.</summary>
internal static class ExitCodes
{
    /// <summary>Every file is in storage and no article failed (published, scheduled, draft or expired).</summary>
    public const int Success = 0;

    /// <summary>An article failed, or was still processing when the wait timed out.</summary>
    public const int FilesNeedAttention = 1;

    /// <summary>Nothing was checked: bad arguments, storage unreachable, or access refused.</summary>
    public const int CouldNotRun = 2;
}
