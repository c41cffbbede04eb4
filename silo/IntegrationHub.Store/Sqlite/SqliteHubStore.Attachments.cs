using IntegrationHub.Store.Attachments;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Store.Sqlite;

internal sealed partial class SqliteHubStore
{
    public async Task<AttachmentUploadStream> BeginUploadAsync(string caseId, string attachmentId, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(
            "INSERT INTO hub_attachments (case_id, attachment_id, kept, length, created_at) VALUES ($case, $id, 0, 0, $at)",
            p =>
            {
                p.AddWithValue("$case", caseId);
                p.AddWithValue("$id", attachmentId);
                p.AddWithValue("$at", clock.GetUtcNow().UtcTicks);
            },
            cancellationToken);
        return new SqliteUpload(this, caseId, attachmentId);
    }


    public Task DiscardAsync(string caseId, IReadOnlyList<string> attachmentIds, CancellationToken cancellationToken) =>
        ForEachAttachmentAsync(
            caseId,
            attachmentIds,
            ["DELETE FROM hub_attachment_chunks WHERE case_id = $case AND attachment_id = $id", "DELETE FROM hub_attachments WHERE case_id = $case AND attachment_id = $id"],
            cancellationToken);

    public async Task<Stream?> OpenReadAsync(string caseId, string attachmentId, CancellationToken cancellationToken)
    {
        var length = await database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT length FROM hub_attachments WHERE case_id = $case AND attachment_id = $id AND kept = 1");
                command.Parameters.AddWithValue("$case", caseId);
                command.Parameters.AddWithValue("$id", attachmentId);
                return await command.ExecuteScalarAsync(cancellationToken) as long?;
            },
            cancellationToken);
        return length is null ? null : new ChunkedReadStream((seq, ct) => ReadChunkAsync(caseId, attachmentId, seq, ct), length.Value);
    }

    public Task<int> DeleteAbandonedAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using (var chunks = SqliteDatabase.Command(connection, """
                    DELETE FROM hub_attachment_chunks WHERE (case_id, attachment_id) IN
                        (SELECT case_id, attachment_id FROM hub_attachments WHERE kept = 0 AND created_at < $before)
                    """, transaction))
                {
                    chunks.Parameters.AddWithValue("$before", before.UtcTicks);
                    await chunks.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var files = SqliteDatabase.Command(connection, "DELETE FROM hub_attachments WHERE kept = 0 AND created_at < $before", transaction);
                files.Parameters.AddWithValue("$before", before.UtcTicks);
                var count = await files.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return count;
            },
            cancellationToken);

    private Task ForEachAttachmentAsync(string caseId, IReadOnlyList<string> attachmentIds, string[] statements, CancellationToken cancellationToken) =>
        attachmentIds.Count == 0
            ? Task.CompletedTask
            : database.RunAsync(
                async connection =>
                {
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    foreach (var sql in statements)
                    {
                        foreach (var id in attachmentIds)
                        {
                            await using var command = SqliteDatabase.Command(connection, sql, transaction);
                            command.Parameters.AddWithValue("$case", caseId);
                            command.Parameters.AddWithValue("$id", id);
                            await command.ExecuteNonQueryAsync(cancellationToken);
                        }
                    }

                    await transaction.CommitAsync(cancellationToken);
                    return 0;
                },
                cancellationToken);

    private Task<byte[]?> ReadChunkAsync(string caseId, string attachmentId, int sequence, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT data FROM hub_attachment_chunks WHERE case_id = $case AND attachment_id = $id AND seq = $seq");
                command.Parameters.AddWithValue("$case", caseId);
                command.Parameters.AddWithValue("$id", attachmentId);
                command.Parameters.AddWithValue("$seq", sequence);
                return await command.ExecuteScalarAsync(cancellationToken) as byte[];
            },
            cancellationToken);

    private Task WriteChunkAsync(string caseId, string attachmentId, int sequence, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO hub_attachment_chunks (case_id, attachment_id, seq, data) VALUES ($case, $id, $seq, $data)",
            p =>
            {
                p.AddWithValue("$case", caseId);
                p.AddWithValue("$id", attachmentId);
                p.AddWithValue("$seq", sequence);
                p.Add("$data", SqliteType.Blob).Value = data.ToArray();
            },
            cancellationToken);

    private Task SetLengthAsync(string caseId, string attachmentId, long length, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE hub_attachments SET length = $length WHERE case_id = $case AND attachment_id = $id",
            p =>
            {
                p.AddWithValue("$case", caseId);
                p.AddWithValue("$id", attachmentId);
                p.AddWithValue("$length", length);
            },
            cancellationToken);

    private sealed class SqliteUpload(SqliteHubStore store, string caseId, string attachmentId) : ChunkedUpload
    {
        protected override Task WriteChunkAsync(int sequence, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
            store.WriteChunkAsync(caseId, attachmentId, sequence, data, cancellationToken);

        protected override Task CommitAsync(long length, CancellationToken cancellationToken) =>
            store.SetLengthAsync(caseId, attachmentId, length, cancellationToken);
    }
}
