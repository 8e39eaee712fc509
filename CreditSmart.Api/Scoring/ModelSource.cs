namespace CreditSmart.Api.Scoring;

/// <summary>Where the serving model came from; health reports it.</summary>
public enum ModelSource
{
    /// <summary>The model store's active version.</summary>
    Store,

    /// <summary>The local copy of the last version taken from the store, used while the store is down.</summary>
    LastKnownGood,

    /// <summary>The artifact at <c>Model:Path</c>, by default the one shipped beside the binaries.</summary>
    Bundled,

    /// <summary>No model: the rule engine.</summary>
    Rules,
}
