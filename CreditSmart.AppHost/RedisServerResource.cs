namespace CreditSmart.AppHost;

/// <summary>
/// Redis run as the local <c>redis-server</c> executable, for machines with no container engine.
/// Its connection string is the same <c>host:port</c> form the Aspire client reads from the
/// container resource, so the API cannot tell the two apart.
/// </summary>
public sealed class RedisServerResource(string name, string workingDirectory)
    : ExecutableResource(name, "redis-server", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Endpoint.Property(EndpointProperty.HostAndPort)}");
}
