// CreditSmart's topology, top to bottom: infrastructure, then the services that use it.
// Everything here runs as a local process, so the stack needs no container engine.
var builder = DistributedApplication.CreateBuilder(args);

// The scoring API. /health runs every readiness check the API registers, so the
// dashboard shows it Healthy once it can score, not merely once it listens.
// It serves plain HTTP locally, so it is not handed the development certificate.
builder.AddProject<Projects.CreditSmart_Api>("credit-api")
    .WithHttpHealthCheck("/health")
    .WithoutHttpsCertificate();

builder.Build().Run();
