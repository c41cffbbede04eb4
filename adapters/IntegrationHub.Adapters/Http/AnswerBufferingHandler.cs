namespace IntegrationHub.Adapters.Http;

/// <summary>
/// Reads each attempt's answer body to its end inside the resilience pipeline, so that the per-attempt time-out
/// covers a body that stalls after the headers (Refit asks for headers only, and reads the body afterwards). A body
/// that breaks off is a transient <see cref="HttpRequestException"/>, as <see cref="HttpClient"/> reports it.
/// </summary>
internal sealed class AnswerBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch (IOException e)
        {
            response.Dispose();
            throw new HttpRequestException("The answer broke off.", e);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
