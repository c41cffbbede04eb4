using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Simulators.Hosting;

/// <summary>Runs a control method for an HTTP control route: 204, or 400 when it refuses its argument.</summary>
internal static class ControlResults
{
    public static IResult Apply(Action action)
    {
        try
        {
            action();
            return Results.NoContent();
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
