var builder = DistributedApplication.CreateBuilder(args);

builder.AddProject<Projects.CreditSmart_Api>("credit-api")
    .WithHttpHealthCheck("/health");

builder.Build().Run();
