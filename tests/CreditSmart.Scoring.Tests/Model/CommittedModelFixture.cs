using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Model;

/// <summary>The committed artifact, loaded once through <see cref="ModelArtifactLoader"/> as the API does.</summary>
public sealed class CommittedModelFixture
{
    public CommittedModelFixture()
    {
        Result = ModelArtifactLoader.Load(RepositoryFiles.Model, RepositoryFiles.Metadata);
    }

    public ModelLoadResult Result { get; }

    /// <summary>The scorer; fails the test with the loader's reason when there is none.</summary>
    public ModelScorer Scorer =>
        Result.Scorer ?? throw new InvalidOperationException(
            $"The committed model did not load: {Result.FailureReason}", Result.Error);
}
