using CreditSmart.Api.Apis;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Cors;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Limits;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Security;
using CreditSmart.Api.WarmUp;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// JSON log lines with each request's ids, and CreditSmart's own metrics.
builder.AddObservability();

// The live scorer: the bundled model when it loads and validates, else the rule engine.
builder.AddCreditScoring();

// Every decision leaves one record in the audit file, written off the request path.
builder.AddAuditTrail();

// Output caching over the Redis every replica shares when one is configured, else this instance's memory.
builder.AddOutputCaching();

// Repeated applications answered from that cache, when PredictionCache:Enabled is set.
builder.AddPredictionCache();

// A golden prediction through the server's own address before it reports ready, so the first caller is not the slow one.
builder.AddStartupWarmUp();

// One JSON dialect and one error shape (problem+json with request_id) for every endpoint.
builder.AddApiConventions();

// Callers send an API key (configuration holds only its hash); required outside Development.
builder.AddApiKeys();

// Each caller (its key's id, else its address) gets a fixed number of requests a window.
builder.AddCallerRateLimits();

// A client's address comes from X-Forwarded-For only when the peer is a configured proxy.
builder.AddTrustedProxies();

// No request runs past Requests:Timeout: its work is cancelled and it is answered 504.
builder.AddRequestDeadline();

// No Server banner; nosniff and no-store ride on every response with the API headers.
builder.AddSecurityHeaders();

// Browser pages may call the API only from the origins listed in the Cors section.
builder.AddFrontendCors();

var app = builder.Build();

// Every bad or missing setting named in one failed start, before any service reads one.
if (StartupSettings.Refused(app))
{
    return 1;
}

// Before anything reads the client's address, so limits count the real client behind a trusted proxy.
app.UseTrustedProxies();

// Headers first, so errors written by the handlers below carry them too.
app.UseApiHeaders();

// Before anything that can refuse a request, so preflights are answered and errors stay readable to allowed pages.
app.UseFrontendCors();

// Every log line of a request carries its request_id and trace_id from here on.
app.UseRequestLogScope();

app.UseExceptionHandler();

app.UseStatusCodePages();

// Who calls, whether they are within their limit (wrong keys count too), whether they may.
app.UseAuthentication();

app.UseRateLimiter();

app.UseAuthorization();

// From here a request's cancellation token fires after Requests:Timeout.
app.UseRequestTimeouts();

// The read-only GET endpoints that are the same for everyone are answered from the cache.
app.UseOutputCache();

// One fixed document path: the default {documentName} route would repeat a wrong name back in its 404.
app.MapOpenApi("/openapi/v1.json")
    .RequireAuthorization(ApiKeyAuthenticationHandler.PolicyName)
    .RequireRateLimiting(RateLimitExtensions.PolicyName);

app.MapDefaultEndpoints();

app.MapPredictionApi();

app.MapHealthApi();

app.MapModelApi();

app.MapSchemaApi();

app.Run();

return 0;

/// <summary>The API's entry point; public so tests can host it.</summary>
public partial class Program;
