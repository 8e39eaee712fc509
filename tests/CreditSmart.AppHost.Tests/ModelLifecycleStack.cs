using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CreditSmart.Scoring.Model;
using CreditSmart.Verify;
using CreditSmart.Verify.Checks;
using CreditSmart.Verify.Data;

namespace CreditSmart.AppHost.Tests;

/// <summary>
/// One started stack shared by the model lifecycle tests, over a model store folder and an API
/// cache of its own, so nothing a test registers reaches a developer's store.
/// </summary>
public sealed class ModelLifecycleStack : IAsyncLifetime
{
    public const string CreditApi = "credit-api";
    public const string ModelStore = "model-store";
    public const string AdminKey = "stack-test-admin-key-0123456789";

    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_healthyTimeout = TimeSpan.FromMinutes(2);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"creditsmart-stack-{Guid.NewGuid():N}");
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(s_buildTimeout + s_startTimeout + (2 * s_healthyTimeout));
        var cancellationToken = timeout.Token;

        var appHost = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.CreditSmart_AppHost>(cancellationToken)
            .WaitAsync(s_buildTimeout, cancellationToken);

        appHost.Configuration["Parameters:model-store-admin-key"] = AdminKey;
        appHost.CreateResourceBuilder<ProjectResource>(ModelStore)
            .WithEnvironment("ModelStore__RootPath", Path.Combine(_folder, "store"));
        appHost.CreateResourceBuilder<ProjectResource>(CreditApi)
            .WithEnvironment("ModelStore__LastKnownGoodPath", Path.Combine(_folder, "api-cache"))
            .WithEnvironment("Audit__Path", Path.Combine(_folder, "audit", "decisions.jsonl"));

        _app = await appHost.BuildAsync(cancellationToken).WaitAsync(s_buildTimeout, cancellationToken);
        await _app.StartAsync(cancellationToken).WaitAsync(s_startTimeout, cancellationToken);

        foreach (var resource in new[] { ModelStore, CreditApi })
        {
            await _app.ResourceNotifications
                .WaitForResourceHealthyAsync(resource, WaitBehavior.StopOnResourceUnavailable, cancellationToken)
                .WaitAsync(s_healthyTimeout, cancellationToken);
        }
    }

    /// <summary>A client for the store that sends the admin key.</summary>
    public HttpClient StoreAdminClient()
    {
        var client = App.CreateHttpClient(ModelStore);
        client.Timeout = TimeSpan.FromSeconds(30);
        client.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
        return client;
    }

    /// <summary>
    /// Scores one application every <paramref name="interval"/> until the API answers with
    /// <paramref name="modelVersion"/>, failing once <paramref name="deadline"/> has passed, and
    /// says how long that took. It sends through the release checklist's client, which waits out
    /// a 429 as a well-behaved client does: the stack keeps its rate limit, and a checklist run
    /// just before can have used up the window the first poll lands in.
    /// </summary>
    public async Task<TimeSpan> WaitForPredictionsFromAsync(
        string modelVersion, TimeSpan deadline, TimeSpan interval, CancellationToken cancellationToken)
    {
        var options = new VerifyOptions(App.GetEndpoint(CreditApi, "http"), VerifyOptions.BundledDataPath);
        using var api = new VerifyClient(options);
        var application = ApplicationJson.From(GoldenApplications.Typical);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var response = await api.PredictAsync(application, cancellationToken);
            Assert.True(response.Status == 200, $"The prediction was answered {response.Describe()}: {response.Body}");
            var scoredBy = response.JsonString("model_version");
            if (scoredBy == modelVersion)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            Assert.True(
                Stopwatch.GetElapsedTime(started) < deadline,
                $"The API still scored with {scoredBy} {deadline.TotalSeconds} s after the change.");
            await Task.Delay(interval, cancellationToken);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }
}
