using System.Diagnostics;
using OpenTelemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Removes what a client put in a request's query string and headers from server spans before
/// they are exported. The ASP.NET Core instrumentation records <c>url.query</c> (with values
/// masked, keys kept) and <c>user_agent.original</c>, and records headers when asked to; a
/// query key or a header can carry an e-mail address or an identifier as easily as a value can.
/// A path that matched no route is the client's text too, so it goes as well; a routed path is
/// one of the service's own.
/// </summary>
internal sealed class RequestDetailsRedactor : BaseProcessor<Activity>
{
    private const string RequestHeaderPrefix = "http.request.header.";

    // Current names, and the older conventions' names for the same things.
    private static readonly string[] s_requestDetailTags =
        ["url.query", "user_agent.original", "http.target", "http.url", "http.user_agent"];

    public override void OnEnd(Activity activity)
    {
        if (activity.Kind != ActivityKind.Server)
        {
            return;
        }

        foreach (var key in s_requestDetailTags)
        {
            activity.SetTag(key, null);
        }

        if (activity.GetTagItem("http.route") is null)
        {
            activity.SetTag("url.path", null);
        }

        List<string>? headers = null;
        foreach (ref readonly var tag in activity.EnumerateTagObjects())
        {
            if (tag.Key.StartsWith(RequestHeaderPrefix, StringComparison.Ordinal))
            {
                (headers ??= []).Add(tag.Key);
            }
        }

        foreach (var key in headers ?? [])
        {
            activity.SetTag(key, null);
        }
    }
}
