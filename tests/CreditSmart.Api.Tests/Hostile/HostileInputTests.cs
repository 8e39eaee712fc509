using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Hostile;

/// <summary>
/// Every row of <see cref="HostileRequests"/> against the API on a real loopback port: the
/// documented status and problem type, never a server error, never a sent value in the reply.
/// </summary>
public sealed class HostileInputTests(HostileApi api) : IClassFixture<HostileApi>
{
    public static TheoryData<string> Names => HostileRequests.Names;

    [Fact]
    public void TheTableHoldsAtLeastEightyRequests()
    {
        Assert.True(HostileRequests.ByName.Count >= 80, $"{HostileRequests.ByName.Count} rows");
    }

    [Fact]
    public void EverySentinelOfARowIsInTheRequestItSends()
    {
        foreach (var hostile in HostileRequests.ByName.Values)
        {
            foreach (var sentinel in hostile.Sentinels)
            {
                Assert.True(
                    hostile.Body.AsSpan().IndexOf(HostileRequest.Utf8(sentinel)) >= 0,
                    $"{hostile.Name}: '{sentinel}' is not in the request, so the echo check proves nothing");
            }
        }

        Assert.True(HostileRequests.ByName.Values.Count(hostile => hostile.Sentinels.Length > 0) >= 30);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task AHostileRequestGetsItsDocumentedAnswer(string name)
    {
        var hostile = HostileRequests.ByName[name];

        var response = await SendAsync(hostile);

        Assert.True((int)response.Status == hostile.Status, $"{name}: expected {hostile.Status}, got {response}");
        if (hostile.ProblemType is null)
        {
            ResponseAssert.Prediction(response);
        }
        else
        {
            var problem = ResponseAssert.Problem(response, response.Status);
            Assert.Equal(hostile.ProblemType, ResponseAssert.NonEmptyString(problem, "type"));
        }

        if (hostile.Errors is not null)
        {
            var actual = ResponseAssert.ValidationErrors(response).Select(error => error.Key).Order(StringComparer.Ordinal);
            var expected = hostile.Errors.Split(" + ").Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(actual), $"{name}: expected [{hostile.Errors}], got {response}");
        }

        ResponseAssert.DoesNotEcho(response, hostile.Sentinels);
    }

    private async Task<ApiResponse> SendAsync(HostileRequest hostile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClientExtensions.PredictPath)
        {
            Content = hostile.Framing == BodyFraming.Chunked
                ? new ChunkedContent(hostile.Body)
                : new ByteArrayContent(hostile.Body),
        };

        if (hostile.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
        }

        if (hostile.ContentEncoding is not null)
        {
            request.Content.Headers.ContentEncoding.Add(hostile.ContentEncoding);
        }

        if (hostile.Framing == BodyFraming.Chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using var response = await api.Client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }
}
