using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrationHub.Gateway.Web.Forms;

/// <summary>
/// A page whose forms carry files: model binding must not read the form (it would buffer every file), so the form's value
/// providers go and the handler reads the body as it streams (<see cref="WebUpload"/>). Route values still bind.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class StreamedFormAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
