using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CreditSmart.ModelStore.Storage;

// LIMITATION: the semaphore serializes changes within one process; two stores sharing a folder
// could interleave their pointer writes. Run one store per folder.
/// <summary>
/// The model versions on disk and the active pointer. Reads take an immutable snapshot without
/// locking; changes are serialized by one semaphore, write to disk first and publish the new
/// snapshot last, so a failed change leaves both the folder and the snapshot as they were.
/// </summary>
public sealed class ModelRepository : IDisposable
{
    private readonly SemaphoreSlim _mutations = new(1, 1);
    private readonly StoreLayout _layout;
    private readonly UploadStager _stager;
    private readonly IOptionsMonitor<ModelStoreOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelRepository> _logger;
    private volatile StoreState? _state;

    public ModelRepository(
        StoreLayout layout,
        IOptionsMonitor<ModelStoreOptions> options,
        TimeProvider time,
        ILogger<ModelRepository> logger)
    {
        _layout = layout;
        _options = options;
        _time = time;
        _logger = logger;
        _stager = new UploadStager(layout, time);
    }

    /// <summary>The current snapshot; empty until <see cref="LoadAsync"/> has run.</summary>
    public StoreState State => _state ?? StoreState.Empty;

    public bool Loaded => _state is not null;

    public StoreLayout Layout => _layout;

    /// <summary>Reads the folder into memory, clearing uploads a crash left half-staged.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _mutations.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(_layout.VersionsFolder);
            if (Directory.Exists(_layout.StagingFolder))
            {
                Directory.Delete(_layout.StagingFolder, recursive: true);
            }

            Directory.CreateDirectory(_layout.StagingFolder);

            var versions = new Dictionary<string, StoredVersion>(StringComparer.Ordinal);
            foreach (var folder in Directory.EnumerateDirectories(_layout.VersionsFolder))
            {
                if (await ReadVersionAsync(folder, cancellationToken) is { } version)
                {
                    versions[version.ModelVersion] = version;
                }
            }

            var pointer = File.Exists(_layout.PointerPath)
                ? await DurableFile.ReadJsonAsync<ActivePointer>(_layout.PointerPath, cancellationToken) ?? ActivePointer.None
                : ActivePointer.None;

            if (pointer.Active is { } active && !versions.ContainsKey(active))
            {
                ModelStoreLog.PointerToMissingVersion(_logger, active);
            }

            _state = new StoreState(versions, pointer);
        }
        finally
        {
            _mutations.Release();
        }
    }

    public async Task<StoreChangeResult> RegisterAsync(Stream artifact, Stream metadata, CancellationToken cancellationToken)
    {
        var folder = _stager.NewFolder();
        try
        {
            // Checked outside the lock: validation takes a second, and registrations of
            // different versions need not wait for each other's.
            var staged = await _stager.StageAsync(
                folder, artifact, metadata, _options.CurrentValue.MaxArtifactBytes, cancellationToken);
            if (staged.Staged is not { } version)
            {
                return StoreChangeResult.Failed(staged.Outcome, staged.Reason!);
            }

            return await MoveIntoPlaceAsync(version, cancellationToken);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public Task<StoreChangeResult> PromoteAsync(string modelVersion, CancellationToken cancellationToken) =>
        ChangePointerAsync(state =>
        {
            if (!state.Versions.TryGetValue(modelVersion, out var version))
            {
                return StoreChangeResult.Failed(StoreChangeOutcome.NotFound, $"there is no version '{modelVersion}'");
            }

            return state.Pointer.Active == modelVersion
                ? new StoreChangeResult(StoreChangeOutcome.Unchanged, version)
                : new StoreChangeResult(StoreChangeOutcome.Done, version);
        },
        state => new ActivePointer(modelVersion, state.Pointer.Active, _time.GetUtcNow()),
        cancellationToken);

    public Task<StoreChangeResult> RollBackAsync(CancellationToken cancellationToken) =>
        ChangePointerAsync(state =>
            state.Pointer.Previous is { } previous && state.Versions.TryGetValue(previous, out var version)
                ? new StoreChangeResult(StoreChangeOutcome.Done, version)
                : StoreChangeResult.Failed(StoreChangeOutcome.NoPreviousVersion, "no version was active before this one"),
        state => new ActivePointer(state.Pointer.Previous, state.Pointer.Active, _time.GetUtcNow()),
        cancellationToken);

    public void Dispose() => _mutations.Dispose();

    private async Task<StoreChangeResult> MoveIntoPlaceAsync(StagedVersion staged, CancellationToken cancellationToken)
    {
        var name = staged.Manifest.ModelVersion;

        await _mutations.WaitAsync(cancellationToken);
        try
        {
            var state = State;
            // Names differing only in case would be two folders on Linux and one on Windows or
            // macOS, and are easily confused by a person: the store keeps them apart by refusing.
            if (state.Versions.Keys.Any(existing => string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
                || Directory.Exists(_layout.VersionFolder(name)))
            {
                return StoreChangeResult.Failed(StoreChangeOutcome.AlreadyExists, $"version '{name}' is already registered, or one whose name differs from it only in case");
            }

            // One rename on one filesystem: the version appears whole or not at all.
            Directory.Move(staged.Folder, _layout.VersionFolder(name));

            var stored = staged.ToStored();
            var versions = new Dictionary<string, StoredVersion>(state.Versions, StringComparer.Ordinal) { [name] = stored };
            _state = state with { Versions = versions };

            return new StoreChangeResult(StoreChangeOutcome.Done, stored);
        }
        finally
        {
            _mutations.Release();
        }
    }

    private async Task<StoreChangeResult> ChangePointerAsync(
        Func<StoreState, StoreChangeResult> check,
        Func<StoreState, ActivePointer> next,
        CancellationToken cancellationToken)
    {
        await _mutations.WaitAsync(cancellationToken);
        try
        {
            var state = State;
            var result = check(state);
            if (result.Outcome != StoreChangeOutcome.Done)
            {
                return result;
            }

            var pointer = next(state);
            await DurableFile.ReplaceJsonAsync(_layout.PointerPath, pointer, cancellationToken);
            _state = state with { Pointer = pointer };

            return result;
        }
        finally
        {
            _mutations.Release();
        }
    }

    private async Task<StoredVersion?> ReadVersionAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await DurableFile.ReadJsonAsync<VersionManifest>(
                Path.Combine(folder, StoreLayout.ManifestFileName), cancellationToken);
            if (manifest is null
                || manifest.ModelVersion != Path.GetFileName(folder)
                || !File.Exists(Path.Combine(folder, StoreLayout.ArtifactFileName)))
            {
                ModelStoreLog.VersionSkipped(_logger, Path.GetFileName(folder), "its files are incomplete", null);
                return null;
            }

            await using var stream = File.OpenRead(Path.Combine(folder, StoreLayout.MetadataFileName));
            using var metadata = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);

            return new StoredVersion(
                manifest.ModelVersion,
                manifest.ArtifactSha256,
                manifest.SizeBytes,
                manifest.RegisteredAt,
                metadata.RootElement.Clone());
        }
        catch (Exception error) when (error is IOException or JsonException or UnauthorizedAccessException)
        {
            ModelStoreLog.VersionSkipped(_logger, Path.GetFileName(folder), "its files are unreadable", error);
            return null;
        }
    }
}
