using CreditSmart.Api.Apis;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.WarmUp;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// JSON log lines with each request's ids, and CreditSmart's own metrics.
builder.AddObservability();

// The live scorer: the bundled model when it loads and validates, else the rule engine.
builder.AddCreditScoring();

// Every decision leaves one record in the audit file, written off the request path.
builder.AddAuditTrail();

// Repeated applications answered from the Redis cache every replica shares, when one is configured.
builder.AddPredictionCache();

// A golden prediction through the server's own address before it reports ready, so the first caller is not the slow one.
builder.AddStartupWarmUp();

// One JSON dialect and one error shape (problem+json with request_id) for every endpoint.
builder.AddApiConventions();

var app = builder.Build();

// Headers first, so errors written by the handlers below carry them too.
app.UseApiHeaders();

// Every log line of a request carries its request_id and trace_id from here on.
app.UseRequestLogScope();

app.UseExceptionHandler();

app.UseStatusCodePages();

// One fixed document path: the default {documentName} route would repeat a wrong name back in its 404.
app.MapOpenApi("/openapi/v1.json");

app.MapDefaultEndpoints();

app.MapPredictionApi();

app.MapHealthApi();

app.Run();

/// <summary>The API's entry point; public so tests can host it.</summary>
public partial class Program;
