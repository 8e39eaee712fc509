using CreditSmart.AppHost;

// CreditSmart's topology, top to bottom: infrastructure, then the services that use it.
// Everything here can run as a local process, so the stack needs no container engine.
var builder = DistributedApplication.CreateBuilder(args);

// The key that register, promote and roll back need. Unless Parameters:model-store-admin-key is
// set, a random one is generated on the first run and kept in this AppHost's user secrets, so
// every machine gets its own and none is ever committed.
var adminKey = builder.AddParameter(
    "model-store-admin-key",
    new GenerateParameterDefault { MinLength = 32, Special = false },
    secret: true,
    persist: true);

// The model store: keeps model versions and which one is active; seeds itself with the bundled model.
var modelStore = builder.AddProject<Projects.CreditSmart_ModelStore>("model-store")
    .WithHttpHealthCheck("/health")
    .WithoutHttpsCertificate()
    .WithEnvironment("ModelStore__AdminKey", adminKey)
    .WithPromoteNewestCommand(adminKey)
    .WithRollBackCommand(adminKey);

// How many API processes answer behind its one endpoint (CreditApi:Replicas, default 1).
var apiReplicas = ApiReplicas.Read(builder.Configuration);

// The cache every API replica shares: a Redis container, or redis-server where there is no
// container engine, else none and each API caches in memory (the AppHost's log says which).
var cache = builder.AddSharedCache("cache", apiReplicas);

// The scoring API. /health runs every readiness check the API registers, so the
// dashboard shows it Healthy once it can score, not merely once it listens.
// It serves plain HTTP locally, so it is not handed the development certificate.
// It follows the store but does not wait for it: with the store down it starts on its
// last-known-good or bundled model.
// It does not wait for the cache either: while Redis is down it answers uncached.
// Replicas share the cache and the store; each writes its own audit file (see Audit:Path).
var api = builder.AddProject<Projects.CreditSmart_Api>("credit-api")
    .WithHttpHealthCheck("/health")
    .WithoutHttpsCertificate()
    .WithReference(modelStore)
    .WithReplicas(apiReplicas);

if (cache is not null)
{
    api.WithReference(cache);
}

builder.Build().Run();
