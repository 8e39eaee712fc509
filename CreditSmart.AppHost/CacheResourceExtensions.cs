using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditSmart.AppHost;

/// <summary>
/// The Redis every API replica caches in (the read-only GET endpoints always, predictions when
/// the API's <c>PredictionCache:Enabled</c> is set): the Aspire Redis container where a container
/// engine answers, else the local <c>redis-server</c> executable, else none (each API instance
/// then caches in its own memory, and its health says <c>cache: memory</c>).
/// </summary>
public static class CacheResourceExtensions
{
    private static readonly TimeSpan s_engineCheckTimeout = TimeSpan.FromSeconds(5);

    public static IResourceBuilder<IResourceWithConnectionString>? AddSharedCache(
        this IDistributedApplicationBuilder builder, string name, int apiReplicas)
    {
        string choice;
        IResourceBuilder<IResourceWithConnectionString>? cache = null;
        if (ContainerEngineAnswers("docker") || ContainerEngineAnswers("podman"))
        {
            choice = "Redis (the container), shared by every API instance";
            cache = AsConnectionString(builder, builder.AddRedis(name).Resource);
        }
        else if (IsOnPath("redis-server"))
        {
            choice = "Redis (the local redis-server executable, as no container engine answered), shared by every API instance";
            cache = AsConnectionString(builder, AddRedisServer(builder, name));
        }
        else
        {
            choice = "memory, each API instance its own, as neither a container engine nor redis-server was found";
        }

        // Said once the AppHost's logging is up, so it shows beside the dashboard's link.
        builder.Eventing.Subscribe<BeforeStartEvent>((started, _) =>
        {
            started.Services.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(CacheResourceExtensions).FullName!)
                .LogInformation(
                    "API cache: {Choice}; API instances: {Replicas}; predictions are cached only with PredictionCache__Enabled=true",
                    choice,
                    apiReplicas);
            return Task.CompletedTask;
        });

        return cache;
    }

    // Loopback only and nothing persisted: it is a cache, and answers are cheap to recompute.
    private static RedisServerResource AddRedisServer(IDistributedApplicationBuilder builder, string name)
    {
        var resource = new RedisServerResource(name, builder.AppHostDirectory);

        builder.AddResource(resource)
            .WithEndpoint(name: RedisServerResource.EndpointName, scheme: "tcp")
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(resource.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--save");
                context.Args.Add("");
                context.Args.Add("--appendonly");
                context.Args.Add("no");
            });

        return resource;
    }

    // One builder type for either resource, so the API references whichever was chosen.
    private static IResourceBuilder<IResourceWithConnectionString> AsConnectionString(
        IDistributedApplicationBuilder builder, IResourceWithConnectionString resource) =>
        builder.CreateResourceBuilder(resource);

    // Installed is not enough: a docker CLI with no daemon behind it would stop the whole stack
    // from starting, so the engine must answer "info" within a few seconds.
    private static bool ContainerEngineAnswers(string engine)
    {
        if (!IsOnPath(engine))
        {
            return false;
        }

        try
        {
            using var info = Process.Start(new ProcessStartInfo(engine, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (info is null)
            {
                return false;
            }

            // Read to the end in the background, so a long answer cannot fill the pipe and stall it.
            _ = info.StandardOutput.ReadToEndAsync();
            _ = info.StandardError.ReadToEndAsync();

            if (!info.WaitForExit(s_engineCheckTimeout))
            {
                info.Kill(entireProcessTree: true);
                return false;
            }

            return info.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private static bool IsOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, executable)));
}
