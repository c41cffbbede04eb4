using IntegrationHub.Store.Indexes;
using IntegrationHub.Grains.Contracts.Keys;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Gateway.Api.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Cases over FHIR: <c>POST Communication</c> from a regional service opens a case in the resident's inbox with one
/// contentless notification (CS9), refused with 422 for a locked or inactive account (LK1, DC1, CS8); <c>GET Task</c>
/// lists a resident's cases and <c>GET Task/{id}</c> reads one (CS4: without content, see <see cref="FhirTasks"/>).
/// </summary>
internal static class FhirCaseEndpoints
{
    private const int CaseRows = 1000;

    private const int MaxTextLength = 10_000;

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapPost("/Communication", CreateCommunicationAsync).RequireAuthorization(FhirPolicies.CommunicationWrite);
        fhir.MapGet("/Task", SearchTasksAsync).RequireAuthorization(FhirPolicies.TaskRead);
        fhir.MapGet("/Task/{id}", ReadTaskAsync).RequireAuthorization(FhirPolicies.TaskRead);
    }

    private static async Task<IResult> CreateCommunicationAsync(
        HttpContext context, FhirResourceIds ids, FhirResourceValidator validator, HubGrains grains, CancellationToken ct)
    {
        var caller = FhirRequest.Caller(context);

        if (FhirRequest.RequireJsonBody(context.Request) is { } unsupported)
        {
            return unsupported;
        }

        var (communication, rejected) = await FhirIncoming.ReadAsync<Communication>(context.Request, validator, c => MessageRules(c, ids), ct);
        if (communication is null || FhirPatients.PersonnummerOf(communication.Recipient[0], ids) is not { } personnummer || Text(communication) is not { } text)
        {
            return rejected ?? FhirResults.BadRequest("Not a message the hub can deliver.");
        }

        var clinic = communication.Sender?.Identifier is { } sender && IdentifierSystems.IsHsaId(sender.System) && !string.IsNullOrEmpty(sender.Value) ? sender.Value : null;
        var senderName = communication.Sender?.Display ?? caller.ClientId;
        var subject = communication.Topic?.Text ?? (communication.Category is [var category, ..] ? category.Text : null) ?? $"Meddelande från {senderName}";
        var caseId = CaseIdFor(caller.ClientId, communication);
        var grain = grains.Case(caseId);
        var result = await grain.OpenAsync(new CaseOpening(CaseOrigin.Regional, personnummer, clinic, clinic is null ? null : senderName, subject, text, caller.ClientId, senderName));
        if (!result.Succeeded)
        {
            return result.Code switch
            {
                CaseCodes.RecipientUnavailable => FhirResults.Outcome(
                    StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.BusinessRule, "The recipient's account is locked or inactive: it takes no messages.", "Communication.recipient"),
                CaseCodes.RegistryUnavailable => FhirResults.Unavailable("The population registry does not answer; try again later."),
                _ => FhirResults.Outcome(StatusCodes.Status409Conflict, OperationOutcome.IssueType.Conflict, "This identifier was used for another message."),
            };
        }

        var view = await grain.GetForClientAsync();
        var sent = view?.Messages.FirstOrDefault(m => m.SenderKind == FhirTasks.RegionalSender && m.SenderId == caller.ClientId);
        if (view is null || sent is null)
        {
            return FhirResults.Outcome(StatusCodes.Status409Conflict, OperationOutcome.IssueType.Conflict, "This identifier was used for another message.");
        }

        var created = FhirTasks.Communication(view, sent, ids.PatientId(personnummer));
        created.Identifier = [.. communication.Identifier.Select(i => (Identifier)i.DeepCopy())];
        return result.AlreadyExisted
            ? FhirResults.Ok(created)
            : FhirResults.Created(created, $"{FhirRequest.BaseUrl(context.Request)}/Communication/{created.Id}");
    }

    private static async Task<IResult> SearchTasksAsync(HttpContext context, FhirResourceIds ids, HubGrains grains, IIndexStore index, CancellationToken ct)
    {
        if (!FhirRequest.TrySearch(context, "patient.identifier", out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, personnummer, page) = search;

        var revInclude = context.Request.Query["_revinclude"];
        if (revInclude.Any(v => v != "Communication:part-of"))
        {
            return FhirResults.BadRequest("_revinclude supports Communication:part-of only.", "_revinclude");
        }

        await FhirAuditedRead.RecordAsync(grains, personnummer, caller, FhirAuditEvents.Search("Task"));
        var rows = await index.QueryAsync(new IndexQuery(CaseIndexes.ResidentInbox, personnummer, Limit: CaseRows, Descending: true), ct);
        var views = (await Task.WhenAll(rows.Select(r => grains.Case(r.EntryKey).GetForClientAsync())))
            .OfType<CaseView>()
            .Where(v => v.ResidentPersonnummer == personnummer)
            .ToDictionary(v => v.Id, StringComparer.Ordinal);
        var patientId = ids.PatientId(personnummer);
        var tasks = views.Values.OrderByDescending(v => v.CreatedAt).Select(v => (Resource)FhirTasks.Task(v, patientId)).ToList();
        Func<Resource, IEnumerable<Resource>>? includes = revInclude.Count == 0
            ? null
            : task => FhirTasks.CommunicationsOf(views[task.Id!], patientId, caller.ClientId);
        return FhirResults.Ok(page.ToBundle(context.Request, tasks, includes));
    }

    private static async Task<IResult> ReadTaskAsync(HttpContext context, string id, FhirResourceIds ids, HubGrains grains)
    {
        var caller = FhirRequest.Caller(context);

        var view = CaseRequests.IsCaseId(id) ? await grains.Case(id).GetForClientAsync() : null;
        if (view is null)
        {
            return FhirResults.NotFound("Task");
        }

        await FhirAuditedRead.RecordAsync(grains, view.ResidentPersonnummer, caller, FhirAuditEvents.Read("Task"));
        return FhirResults.Ok(FhirTasks.Task(view, ids.PatientId(view.ResidentPersonnummer)));
    }

    /// <summary>The hub's rules for a message (API.md): one recipient, the Patient; the text in <c>payload.contentString</c>.</summary>
    private static IEnumerable<OperationOutcome.IssueComponent> MessageRules(Communication communication, FhirResourceIds ids)
    {
        if (communication.Recipient is not [var recipient] || FhirPatients.PersonnummerOf(recipient, ids) is null)
        {
            yield return OperationOutcomes.ErrorIssue(
                OperationOutcome.IssueType.Value, "One recipient: the Patient, by reference (Patient/{id}) or by personnummer identifier.", "Communication.recipient");
        }

        if (Text(communication) is null)
        {
            yield return OperationOutcomes.ErrorIssue(
                OperationOutcome.IssueType.Value, $"The message is payload.contentString, 1 to {MaxTextLength} characters.", "Communication.payload");
        }
    }

    private static string? Text(Communication communication) =>
        communication.Payload.Select(p => (p.Content as FhirString)?.Value).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) is { Length: <= MaxTextLength } text
            ? text
            : null;

    /// <summary>
    /// A Communication with an identifier is one case however often the client sends it (at-least-once delivery): its id
    /// comes from the client and the identifier, and shows neither. Without an identifier each POST is a new case.
    /// </summary>
    private static string CaseIdFor(string clientId, Communication communication)
    {
        var identifier = communication.Identifier?.FirstOrDefault(i => !string.IsNullOrEmpty(i.Value));
        return identifier is null
            ? CaseRequests.NewCaseId()
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"fhir-communication\n{clientId}\n{identifier.System}|{identifier.Value}")).AsSpan(0, 16));
    }
}
