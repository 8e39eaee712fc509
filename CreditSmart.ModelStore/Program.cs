using CreditSmart.ModelStore.Apis;
using CreditSmart.ModelStore.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// Model versions in a folder: staged, checked, renamed into place; the active pointer beside them.
builder.AddModelStore();

builder.AddStoreConventions();

var app = builder.Build();

app.UseExceptionHandler();

app.UseStatusCodePages();

// One fixed document path: the default {documentName} route would repeat a wrong name back in its 404.
app.MapOpenApi("/openapi/v1.json");

app.MapDefaultEndpoints();

app.MapModelsApi();

app.Run();

/// <summary>
/// Internal, unlike the API's: test projects host both services, and two public global
/// <c>Program</c> types would be ambiguous there. Tests reach the store through <c>ModelStoreOptions</c>.
/// </summary>
internal partial class Program;
