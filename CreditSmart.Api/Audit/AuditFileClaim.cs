namespace CreditSmart.Api.Audit;

/// <summary>
/// Gives each API process an audit file of its own, even when every replica is handed the same
/// <c>Audit:Path</c>: a process holds an exclusive lock on <c>&lt;file&gt;.lock</c> for as long as
/// it writes the file, and one that finds the lock taken moves on to <c>decisions.2.jsonl</c>,
/// <c>decisions.3.jsonl</c> and so on. Two processes therefore never append to one file, and a
/// restarted instance goes back to the lowest free name. The lock goes with the process, however
/// it ends.
/// </summary>
/// <remarks>
/// The lock is on a file beside the audit file, not on the audit file itself, so the audit file
/// stays readable while it is written.
/// </remarks>
public sealed class AuditFileClaim : IDisposable
{
    // LIMITATION: the lock is advisory (flock on Linux): it keeps API processes apart, not other
    // programs, and a network file system that ignores such locks lets two instances share a name.

    /// <summary>The most instances that may share one <c>Audit:Path</c>.</summary>
    public const int MaxInstances = 64;

    private readonly FileStream _lock;

    private AuditFileClaim(string path, FileStream fileLock)
    {
        Path = path;
        _lock = fileLock;
    }

    /// <summary>The audit file this process writes.</summary>
    public string Path { get; }

    /// <exception cref="IOException">Every one of the <see cref="MaxInstances"/> names is taken, or the folder cannot be written.</exception>
    public static AuditFileClaim Take(string path)
    {
        IOException? last = null;
        for (var instance = 1; instance <= MaxInstances; instance++)
        {
            var candidate = instance == 1 ? path : Numbered(path, instance);
            try
            {
                return new AuditFileClaim(candidate, new FileStream(
                    candidate + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException error)
            {
                // Most likely another process writes this one: try the next name.
                last = error;
            }
        }

        throw new IOException(
            $"None of {MaxInstances} audit file names at Audit:Path could be locked for this instance; "
            + "give it a path of its own.", last);
    }

    public void Dispose() => _lock.Dispose();

    // decisions.jsonl -> decisions.2.jsonl, in the same folder.
    private static string Numbered(string path, int instance) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(path)!,
            $"{System.IO.Path.GetFileNameWithoutExtension(path)}.{instance}{System.IO.Path.GetExtension(path)}");
}
