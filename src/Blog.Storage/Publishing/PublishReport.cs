namespace Blog.Storage.Publishing;

/// <summary>What one timer run did, for logs, tests and the idle-cost benchmark.</summary>
public sealed record PublishReport
{
    public int Ingested { get; set; }
    public int Removed { get; set; }
    public int Rescheduled { get; set; }
    public int Failed { get; set; }
    public List<string> FilesWritten { get; } = [];
    public List<string> FilesDeleted { get; } = [];
}
