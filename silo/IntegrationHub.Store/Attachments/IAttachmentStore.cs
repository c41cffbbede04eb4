namespace IntegrationHub.Store.Attachments;

/// <summary>
/// Case attachments in the store, in chunks, so that every gateway and silo sees the same files and losing a node loses
/// none. An upload is written as it streams in and stays staged until the case grain's commit of the message it came
/// with keeps it (an effect of that commit, <see cref="Effects.IEffectStore.ApplyAsync"/>); a staged file nobody kept
/// within an hour is swept.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>A write-only stream for one upload; nothing is visible until <see cref="AttachmentUploadStream.CompleteAsync"/>.</summary>
    Task<AttachmentUploadStream> BeginUploadAsync(string caseId, string attachmentId, CancellationToken cancellationToken);

    /// <summary>The message was refused: its staged files go.</summary>
    Task DiscardAsync(string caseId, IReadOnlyList<string> attachmentIds, CancellationToken cancellationToken);

    /// <summary>A kept file of the case for reading, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string caseId, string attachmentId, CancellationToken cancellationToken);

    /// <summary>Removes staged files older than <paramref name="before"/>: uploads whose message never committed.</summary>
    Task<int> DeleteAbandonedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
