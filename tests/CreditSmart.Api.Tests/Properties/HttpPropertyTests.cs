using System.Net;
using CreditSmart.Api.Tests.Support;
using CsCheck;

namespace CreditSmart.Api.Tests.Properties;

/// <summary>
/// Random valid bodies always score; random breakages of them get the refusal the contract
/// documents for that breakage, and never a server error.
/// </summary>
public sealed class HttpPropertyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Iterations = 400;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryValidBodyScoresToAProbabilityInTheUnitInterval()
    {
        await ValidBodies.Members.SampleAsync(
            async members =>
            {
                var response = await _client.PredictAsync(MutatedBody.Write(members));

                var prediction = ResponseAssert.Prediction(response);
                Assert.True(double.IsFinite(prediction.GetProperty("prediction").GetDouble()));
            },
            iter: Iterations / 2,
            threads: 2);
    }

    [Fact]
    public async Task ABrokenBodyGetsItsDocumentedRefusalAndNeverAServerError()
    {
        await ValidBodies.Mutated.SampleAsync(
            async mutated =>
            {
                var response = await _client.PredictAsync(mutated.Bytes);

                Assert.True(
                    response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
                    $"{mutated}: {response}");
                if (response.Status == HttpStatusCode.OK)
                {
                    ResponseAssert.Prediction(response);
                }
                else
                {
                    ResponseAssert.Problem(response, response.Status);
                }

                var expected = mutated.Mutation switch
                {
                    BodyMutation.None => "",
                    BodyMutation.DropField => $"{mutated.Field}:required",
                    BodyMutation.DuplicateKey => $"{mutated.Field}:duplicate_field",
                    BodyMutation.OutOfRange => $"{mutated.Field}:out_of_range",
                    _ => null,
                };
                if (expected == "")
                {
                    Assert.Equal(HttpStatusCode.OK, response.Status);
                }
                else if (expected is not null)
                {
                    var error = Assert.Single(ResponseAssert.ValidationErrors(response));
                    Assert.Equal(expected, error.Key);
                }
            },
            iter: Iterations,
            threads: 2);
    }
}
