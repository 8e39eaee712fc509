// The ceiling the HTTP stack sets: the same host defaults as the API, one endpoint, no work.
// The benchmarks post the same application body here as to /api/v1/predict, so the ratio of
// the two throughputs is what validation, scoring, explanations and telemetry cost.
var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapMethods("/", ["GET", "POST"], () => TypedResults.Ok(new BareResponse("ok", "v1")));

app.Run();

internal sealed record BareResponse(string Status, string ApiVersion);
