using System.Diagnostics;
using OpenTelemetry;

namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>
/// The last word before any span is exported: a personnummer in a span's name or in any of its string attributes
/// (a hop-out path, a query string, SQL text, a client URL) is replaced by <see cref="PersonnummerText.Redacted"/>.
/// The hub's own URLs carry none by design; hop-out services' paths and the registry's query strings may. Registered
/// before every exporter, so exporters only ever see the redacted span.
/// </summary>
internal sealed class PersonnummerRedactionProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (PersonnummerText.Contains(data.DisplayName))
        {
            data.DisplayName = PersonnummerText.Redact(data.DisplayName);
        }

        if (PersonnummerText.Contains(data.StatusDescription))
        {
            data.SetStatus(data.Status, PersonnummerText.Redact(data.StatusDescription!));
        }

        List<KeyValuePair<string, string>>? redacted = null;
        foreach (var tag in data.TagObjects)
        {
            if (tag.Value is string text && PersonnummerText.Contains(text))
            {
                (redacted ??= []).Add(new(tag.Key, PersonnummerText.Redact(text)));
            }
        }

        if (redacted is not null)
        {
            foreach (var (key, value) in redacted)
            {
                data.SetTag(key, value);
            }
        }
    }
}
