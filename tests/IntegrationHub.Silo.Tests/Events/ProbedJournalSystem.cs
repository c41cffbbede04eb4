using IntegrationHub.Adapters.Journal;
using IntegrationHub.Identity;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Events;

/// <summary>The silo's journal system client with <see cref="JournalProbe"/> watching its notes.</summary>
internal sealed class ProbedJournalSystem(IJournalSystem inner, JournalProbe probe, SiloAddress silo) : IJournalSystem
{
    public async Task WriteNoteAsync(JournalNote note, CancellationToken cancellationToken)
    {
        switch (probe.Record(note.Id, silo))
        {
            case JournalProbe.FirstCall.FailBeforeSending:
                throw new HttpRequestException("The probe failed this note's first delivery.");
            case JournalProbe.FirstCall.HangAfterSending:
                await inner.WriteNoteAsync(note, cancellationToken);

                // The silo dies here, between the receiver's answer and the outbox row's completion: this call never returns.
                await new TaskCompletionSource().Task;
                break;
            default:
                await inner.WriteNoteAsync(note, cancellationToken);
                break;
        }
    }

    public Task<JournalRestrictionList> ListRestrictionsAsync(Personnummer personnummer, CancellationToken cancellationToken) =>
        inner.ListRestrictionsAsync(personnummer, cancellationToken);
}
