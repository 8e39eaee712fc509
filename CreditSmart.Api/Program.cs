using CreditSmart.Api.Apis;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Scoring;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// The live scorer: the bundled model when it loads and validates, else the rule engine.
builder.AddCreditScoring();

// One JSON dialect and one error shape (problem+json with request_id) for every endpoint.
builder.AddApiConventions();

var app = builder.Build();

// Headers first, so errors written by the handlers below carry them too.
app.UseApiHeaders();

app.UseExceptionHandler();

app.UseStatusCodePages();

app.MapOpenApi();

app.MapDefaultEndpoints();

app.MapPredictionApi();

app.MapHealthApi();

app.Run();

/// <summary>The API's entry point; public so tests can host it.</summary>
public partial class Program;
