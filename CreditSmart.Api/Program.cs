using CreditSmart.Api.Apis;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;

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

// One JSON dialect and one error shape (problem+json with request_id) for every endpoint.
builder.AddApiConventions();

var app = builder.Build();

// Headers first, so errors written by the handlers below carry them too.
app.UseApiHeaders();

// Every log line of a request carries its request_id and trace_id from here on.
app.UseRequestLogScope();

app.UseExceptionHandler();

app.UseStatusCodePages();

// The read-only GET endpoints that are the same for everyone are answered from the cache.
app.UseOutputCache();

// One fixed document path: the default {documentName} route would repeat a wrong name back in its 404.
app.MapOpenApi("/openapi/v1.json");

app.MapDefaultEndpoints();

app.MapPredictionApi();

app.MapHealthApi();

app.MapModelApi();

app.MapSchemaApi();

app.Run();

/// <summary>The API's entry point; public so tests can host it.</summary>
public partial class Program;
