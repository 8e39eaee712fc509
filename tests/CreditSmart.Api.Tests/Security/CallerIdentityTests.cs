using System.Net;
using System.Security.Claims;
using CreditSmart.Api.Security;
using Microsoft.AspNetCore.Http;

namespace CreditSmart.Api.Tests.Security;

/// <summary>The rate-limit partition a request falls in.</summary>
public sealed class CallerIdentityTests
{
    [Fact]
    public void AnAuthenticatedCallerIsPartitionedByItsKeyIdWhateverItsAddress()
    {
        var first = Request("203.0.113.1", keyId: "lender");
        var second = Request("198.51.100.2", keyId: "lender");

        Assert.Equal("key:lender", CallerIdentity.PartitionOf(first));
        Assert.Equal(CallerIdentity.PartitionOf(first), CallerIdentity.PartitionOf(second));
    }

    [Fact]
    public void AnIPv6ClientIsPartitionedByItsSlash64()
    {
        var one = CallerIdentity.PartitionOf(Request("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var sameBlock = CallerIdentity.PartitionOf(Request("2001:db8:1:2::1"));
        var otherBlock = CallerIdentity.PartitionOf(Request("2001:db8:1:3::1"));

        Assert.Equal("address:2001:db8:1:2::", one);
        Assert.Equal(one, sameBlock);
        Assert.NotEqual(one, otherBlock);
    }

    [Fact]
    public void AnIPv4ClientIsPartitionedByItsAddressHoweverItArrives()
    {
        Assert.Equal("address:203.0.113.9", CallerIdentity.PartitionOf(Request("203.0.113.9")));
        Assert.Equal("address:203.0.113.9", CallerIdentity.PartitionOf(Request("::ffff:203.0.113.9")));
        Assert.NotEqual(CallerIdentity.PartitionOf(Request("203.0.113.9")), CallerIdentity.PartitionOf(Request("203.0.113.10")));
    }

    [Theory]
    [InlineData("lender-frontend_2.0", true)]
    [InlineData("", false)]
    [InlineData("lender:one", false)]
    [InlineData("caf\u00e9", false)]
    [InlineData("has space", false)]
    public void IdsArePlainTokens(string id, bool valid) => Assert.Equal(valid, CallerIdentity.IsValidId(id));

    private static DefaultHttpContext Request(string address, string? keyId = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (keyId is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, keyId)], "ApiKey"));
        }

        return context;
    }
}
