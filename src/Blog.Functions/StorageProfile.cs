namespace Blog.Functions;

/// <summary>
/// Two ways to wait for storage. Readers fail fast, so a visitor gets a 503 with Retry-After within
/// seconds during an outage instead of a hung request; the pipeline (ingest, timer) waits longer,
/// because its work is not in front of anyone and every retry it saves is a redelivery avoided.
/// </summary>
public enum StorageProfile
{
    /// <summary>HTTP reads: 3 tries, 0.2 s then 0.4 s apart, 3 s network timeout (worst case about 10 s).</summary>
    Reader,

    /// <summary>Ingest and publishing: 6 tries, exponential from 0.5 s to 10 s, 30 s network timeout.</summary>
    Pipeline,
}
