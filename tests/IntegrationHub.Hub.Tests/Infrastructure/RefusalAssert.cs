using System.Net;
using System.Text.Json;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>API.md's refusal shapes: problem+json with a <c>code</c> outside <c>/fhir</c>, an OperationOutcome inside.</summary>
public static class RefusalAssert
{
    /// <summary>An OperationOutcome with this status (<c>application/fhir+json</c>).</summary>
    public static async Task OperationOutcomeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} with an OperationOutcome, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("OperationOutcome", JsonDocument.Parse(body).RootElement.GetProperty("resourceType").GetString());
    }

    /// <summary>No line the hub logged is at Error or Critical level.</summary>
    public static void NoErrorLogged(HubFixture fixture)
    {
        var errors = fixture.Logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} error line(s), e.g.: {errors.FirstOrDefault()}");
    }
}
