using IntegrationHub.Gateway.Errors;

namespace IntegrationHub.Gateway.Tests.Errors;

public sealed class ProblemCodesTests
{
    [Theory]
    [InlineData(400, "invalid_request")]
    [InlineData(401, "unauthenticated")]
    [InlineData(404, "not_found")]
    [InlineData(405, "method_not_allowed")]
    [InlineData(413, "payload_too_large")]
    [InlineData(415, "unsupported_media_type")]
    [InlineData(418, "invalid_request")]
    [InlineData(500, "internal_error")]
    [InlineData(503, "service_unavailable")]
    public void ForStatus_RefusalWithoutACodeOfItsOwn_GetsTheGenericCode(int status, string code) =>
        Assert.Equal(code, ProblemCodes.ForStatus(status));
}
