using System.Reflection;
using CreditSmart.ModelStore.Storage;
using Microsoft.Extensions.Logging;

namespace CreditSmart.ModelStore.Tests.Docs;

/// <summary>
/// Operators alert on event names, so the README's event tables name every event the API and
/// the store log, with its id. Here because this project builds both services.
/// </summary>
public sealed class EventDocsTests
{
    public static TheoryData<string, int> EveryEvent()
    {
        var events = new TheoryData<string, int>();
        var services = new[] { typeof(ModelStoreOptions).Assembly, typeof(Api.Scoring.LiveScorer).Assembly };
        var methods = services
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic));
        foreach (var message in methods.Select(method => method.GetCustomAttribute<LoggerMessageAttribute>()))
        {
            if (message is not null)
            {
                events.Add(message.EventName!, message.EventId);
            }
        }

        return events;
    }

    [Theory]
    [MemberData(nameof(EveryEvent))]
    public void EveryEventIsInTheReadmesTablesWithItsId(string name, int id)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        Assert.Contains($"| `{name}` | {id} |", readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CreditSmart.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName
            ?? throw new InvalidOperationException("CreditSmart.sln was not found above the test binaries.");
    }
}
