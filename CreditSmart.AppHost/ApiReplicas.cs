using Microsoft.Extensions.Configuration;

namespace CreditSmart.AppHost;

/// <summary>
/// How many API processes the AppHost runs (<c>CreditApi:Replicas</c>, default 1). They answer
/// behind one endpoint and share the one Redis and the one model store; each claims an audit
/// file of its own.
/// </summary>
public static class ApiReplicas
{
    public const string Key = "CreditApi:Replicas";

    public const int Max = 16;

    /// <exception cref="InvalidOperationException">The setting is not a whole number from 1 to <see cref="Max"/>.</exception>
    public static int Read(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return int.TryParse(text, out var replicas) && replicas is >= 1 and <= Max
            ? replicas
            : throw new InvalidOperationException($"{Key} must be a whole number from 1 to {Max} (how many API processes to run).");
    }
}
