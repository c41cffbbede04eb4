using IntegrationHub.Store.Attachments;

namespace IntegrationHub.Store.PostgreSql;

internal sealed partial class PostgreSqlHubStore
{
    public async Task<AttachmentUploadStream> BeginUploadAsync(string caseId, string attachmentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO hub_attachments (case_id, attachment_id, kept, length, created_at) VALUES (@case, @id, false, 0, now())");
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("id", attachmentId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new PostgreSqlUpload(this, caseId, attachmentId);
    }


    public async Task DiscardAsync(string caseId, IReadOnlyList<string> attachmentIds, CancellationToken cancellationToken)
    {
        if (attachmentIds.Count == 0)
        {
            return;
        }

        await using var batch = dataSource.CreateBatch();
        foreach (var table in (string[])["hub_attachment_chunks", "hub_attachments"])
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = $"DELETE FROM {table} WHERE case_id = @case AND attachment_id = ANY(@ids)";
            command.Parameters.AddWithValue("case", caseId);
            command.Parameters.AddWithValue("ids", attachmentIds.ToArray());
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string caseId, string attachmentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT length FROM hub_attachments WHERE case_id = @case AND attachment_id = @id AND kept");
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("id", attachmentId);
        if (await command.ExecuteScalarAsync(cancellationToken) is not long length)
        {
            return null;
        }

        return new ChunkedReadStream((seq, ct) => ReadChunkAsync(caseId, attachmentId, seq, ct), length);
    }

    public async Task<int> DeleteAbandonedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH abandoned AS (DELETE FROM hub_attachments WHERE NOT kept AND created_at < @before RETURNING case_id, attachment_id)
            DELETE FROM hub_attachment_chunks c USING abandoned a WHERE c.case_id = a.case_id AND c.attachment_id = a.attachment_id
            """);
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<byte[]?> ReadChunkAsync(string caseId, string attachmentId, int sequence, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT data FROM hub_attachment_chunks WHERE case_id = @case AND attachment_id = @id AND seq = @seq");
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("id", attachmentId);
        command.Parameters.AddWithValue("seq", sequence);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    private async Task WriteChunkAsync(string caseId, string attachmentId, int sequence, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("INSERT INTO hub_attachment_chunks (case_id, attachment_id, seq, data) VALUES (@case, @id, @seq, @data)");
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("id", attachmentId);
        command.Parameters.AddWithValue("seq", sequence);
        command.Parameters.AddWithValue("data", data);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task SetLengthAsync(string caseId, string attachmentId, long length, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE hub_attachments SET length = @length WHERE case_id = @case AND attachment_id = @id");
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("id", attachmentId);
        command.Parameters.AddWithValue("length", length);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class PostgreSqlUpload(PostgreSqlHubStore store, string caseId, string attachmentId) : ChunkedUpload
    {
        protected override Task WriteChunkAsync(int sequence, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
            store.WriteChunkAsync(caseId, attachmentId, sequence, data, cancellationToken);

        protected override Task CommitAsync(long length, CancellationToken cancellationToken) =>
            store.SetLengthAsync(caseId, attachmentId, length, cancellationToken);
    }
}
