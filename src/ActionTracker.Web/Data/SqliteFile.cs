using Microsoft.Data.Sqlite;

namespace ActionTracker.Web.Data;

/// <summary>
/// The SQLite file behind the configured connection string. The app opens it without the right to create it
/// (Mode=ReadWrite): if the file is moved away while the app runs, writes fail loudly instead of going to a new, empty
/// database at the same path. Only start-up creates it, on purpose, when it does not exist yet.
/// </summary>
public sealed class SqliteFile
{
    private readonly SqliteConnectionStringBuilder _builder;

    public SqliteFile(string connectionString)
    {
        _builder = new SqliteConnectionStringBuilder(connectionString);
        IsFile = _builder.Mode != SqliteOpenMode.Memory && _builder.DataSource is { Length: > 0 } source
            && source != ":memory:" && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        Path = IsFile ? System.IO.Path.GetFullPath(_builder.DataSource) : _builder.DataSource;
    }

    /// <summary>No file: the database is not SQLite (PostgreSQL), so there is nothing to create, check or back up here.</summary>
    public static SqliteFile None { get; } = new("Data Source=:memory:");

    /// <summary>False for an in-memory database (tests), which has no file to check.</summary>
    public bool IsFile { get; }

    /// <summary>The full path of the file, as a person would look for it.</summary>
    public string Path { get; }

    /// <summary>The app's connection string: busy writers are waited for (30 s), and a missing file is an error.</summary>
    public string AppConnectionString => new SqliteConnectionStringBuilder(_builder.ConnectionString)
    {
        DefaultTimeout = 30,
        Mode = IsFile ? SqliteOpenMode.ReadWrite : _builder.Mode,
    }.ToString();

    /// <summary>
    /// At start-up: creates an empty database file where none exists yet (first start), and reads an existing one once,
    /// so a file that is not a database is reported before anything else touches it.
    /// </summary>
    public void CreateOrCheck()
    {
        if (!IsFile)
        {
            return;
        }

        if (File.Exists(Path))
        {
            using var existing = OpenDirect(busyTimeoutSeconds: 30);
            using var read = existing.CreateCommand();
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            read.ExecuteScalar();
            return;
        }

        var directory = System.IO.Path.GetDirectoryName(Path);
        if (directory is { Length: > 0 } && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder {directory} does not exist.");
        }

        using var created = new SqliteConnection(new SqliteConnectionStringBuilder(_builder.ConnectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        created.Open();
    }

    /// <summary>A connection of its own to the file at <see cref="Path"/> (never a pooled one, which may hold a file since moved).</summary>
    public SqliteConnection OpenDirect(int busyTimeoutSeconds)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_builder.ConnectionString)
        {
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A consistent copy of the live database at <paramref name="target"/>, taken while the app runs: VACUUM INTO reads
    /// one snapshot (in WAL mode writers go on meanwhile) and writes a compact, complete database file.
    /// </summary>
    public void BackupTo(string target)
    {
        if (!IsFile)
        {
            throw new InvalidOperationException("An in-memory database has no file to back up.");
        }

        var fullTarget = System.IO.Path.GetFullPath(target);
        if (File.Exists(fullTarget))
        {
            throw new IOException($"{fullTarget} already exists: choose a new file name, so no backup is overwritten.");
        }

        using var connection = OpenDirect(busyTimeoutSeconds: 30);
        using var backup = connection.CreateCommand();
        backup.CommandText = "VACUUM INTO $target";
        backup.Parameters.AddWithValue("$target", fullTarget);
        backup.ExecuteNonQuery();
    }
}
