using System.Collections.Concurrent;
using System.Diagnostics;
using CreditSmart.Api.ModelSync;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Following;

/// <summary>
/// Following the store leaves spans an operator can find: the fetch at start-up and each swap,
/// with the HTTP calls to the store inside them.
/// </summary>
public sealed class ModelSyncTracingTests : IDisposable
{
    private const string Second = "ml_v1.0.1-traced";

    private readonly TestFolder _folder = new();
    private readonly StoreServer _store;
    private readonly HttpClient _admin;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public ModelSyncTracingTests()
    {
        _store = new StoreServer(_folder.Sub("store"));
        _admin = _store.AdminClient();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "CreditSmart" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task TheStartUpFetchAndASwapAreSpansThatHoldTheirCallsToTheStore()
    {
        using var api = new FollowingApi(_store.BaseAddress, _folder.Sub("lkg"));
        await _admin.RegisterAsync(TestModels.SecondVersion(Second));

        await _admin.PromoteAsync(Second);
        await api.WaitForModelAsync(Second, TimeSpan.FromSeconds(5));

        // Other tests run in this process too: keep the spans whose calls went to this test's store.
        var startup = Assert.Single(_stopped, span =>
            span.OperationName == ModelSyncTracing.StartupFetch && CalledThisStore(span));
        Assert.Equal(ModelSyncTracing.Loaded, startup.GetTagItem("outcome"));
        Assert.Equal(TestModels.BundledVersion, startup.GetTagItem("model_version"));

        var swap = Assert.Single(_stopped, span =>
            span.OperationName == ModelSyncTracing.Swap && (string?)span.GetTagItem("model_version") == Second);
        Assert.Equal(ModelSyncTracing.Swapped, swap.GetTagItem("outcome"));
        Assert.True(CalledThisStore(swap), "the artifact download is not inside the swap span");
    }

    private bool CalledThisStore(Activity parent) =>
        _stopped.Any(span =>
            span.Source.Name == "System.Net.Http"
            && span.ParentSpanId == parent.SpanId
            && span.TraceId == parent.TraceId
            && span.GetTagItem("server.port") is int port
            && port == _store.BaseAddress.Port);

    public void Dispose()
    {
        _listener.Dispose();
        _admin.Dispose();
        _store.Dispose();
        _folder.Dispose();
    }
}
