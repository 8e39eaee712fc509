namespace CreditSmart.AppHost.Tests;

/// <summary>
/// The test classes that change the active model share one started stack and run one after
/// another, so no test promotes a model while another is measuring the one it promoted.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ModelLifecycleCollection : ICollectionFixture<ModelLifecycleStack>
{
    public const string Name = "model lifecycle stack";
}
