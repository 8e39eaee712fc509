using System.Security.Cryptography;

namespace CreditSmart.Trainer;

/// <summary>
/// Saves the best candidate whose artifact passes <see cref="ArtifactCheck"/>. Every candidate's
/// artifact is checked, so the report can say which trainers survive a save and reload with
/// their contributions intact. Artifacts are written beside the target and only the shipped one
/// is moved into place, so a model that cannot explain itself never replaces the committed one.
/// </summary>
internal static class ArtifactPublisher
{
    public static PublishedModel PublishBest(
        IReadOnlyList<CandidateResult> ranked,
        TrainingData data,
        TrainerOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.ModelPath)!);
        var outcomes = new List<ArtifactOutcome>();
        (CandidateResult Result, ArtifactCheck Check)? shipped = null;

        foreach (var result in ranked)
        {
            var attempt = $"{options.ModelPath}.{result.Candidate.Name}";
            try
            {
                result.Refit.Save(attempt);
                var check = ArtifactCheck.Run(attempt, result, data.Test.Rows);
                outcomes.Add(new ArtifactOutcome(result.Candidate.Name, null));

                if (shipped is null)
                {
                    File.Move(attempt, options.ModelPath, overwrite: true);
                    shipped = (result, check);
                }
            }
            // Any failure to save, load or score means this artifact cannot ship; the reason goes
            // into the report and the next candidate is tried.
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Console.WriteLine($"  {result.Candidate.Name} artifact failed its check: {exception.Message}");
                outcomes.Add(new ArtifactOutcome(result.Candidate.Name, exception.Message));
            }
            finally
            {
                File.Delete(attempt);
            }
        }

        if (shipped is not { } winner)
        {
            throw new InvalidOperationException("No candidate produced an artifact that reloads with contributions.");
        }

        return new PublishedModel(winner.Result, winner.Check, Sha256Of(options.ModelPath), outcomes);
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
