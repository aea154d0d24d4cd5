using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Cms.Forms.Submissions;

/// <summary>
/// Validates a submission against the version the visitor answered and stores the entry, its files and its
/// workflow jobs (the outbox) in one transaction: an entry never exists without its jobs, nor jobs without it.
/// </summary>
public sealed class FormSubmissionService(
    CmsDbContext db,
    FormDefinitionReader reader,
    IFormFileStore fileStore,
    IpHasher ipHasher,
    FormWorkflowSignal signal,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Cultures = ["uk", "en"];

    public async Task<SubmissionOutcome> SubmitAsync(FormSubmission submission, CancellationToken cancellationToken)
    {
        var loaded = await reader.FindAsync(submission.FormKey, submission.Version, cancellationToken);
        if (loaded is null || !FormDefinitionReader.ServesSite(loaded.Form, submission.Site?.Id))
        {
            return new SubmissionOutcome.NotFound();
        }

        var culture = Cultures.Contains(submission.Culture) ? submission.Culture : "uk";
        var schema = loaded.Version.Schema;
        var posted = submission.Files.GroupBy(f => f.FieldAlias, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlyList<PostedFile>)g.Select(f => new PostedFile(f.FileName, f.Length, ReadHead(f))).ToList(), StringComparer.Ordinal);
        var result = FormValidator.Validate(schema, culture, submission.Values, posted);
        if (!result.IsValid)
        {
            return new SubmissionOutcome.Invalid(result.Errors);
        }

        if (submission.SubmissionToken is { } token
            && await db.Set<FormEntry>().AnyAsync(e => e.SubmissionToken == token, cancellationToken))
        {
            return new SubmissionOutcome.Replayed();
        }

        var now = clock.GetUtcNow();
        var entry = new FormEntry
        {
            Id = Guid.NewGuid(),
            FormId = loaded.Form.Id,
            FormVersion = loaded.Version.Number,
            SiteId = submission.Site?.Id,
            Culture = culture,
            IpHash = ipHasher.Hash(submission.Ip),
            SubmissionToken = submission.SubmissionToken,
            CreatedAt = now,
        };
        var values = result.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var storedKeys = new List<string>();
        try
        {
            foreach (var file in submission.Files.Where(f => result.Values.ContainsKey(f.FieldAlias) || IsVisibleFile(schema, f, posted, submission)))
            {
                entry.Files.Add(await StoreAsync(entry.Id, file, storedKeys, cancellationToken));
            }

            foreach (var group in entry.Files.GroupBy(f => f.FieldAlias))
            {
                values[group.Key] = group.Select(f => f.Id.ToString()).ToList();
            }

            entry.Values = EntryValues.Serialize(values);
            entry.SearchText = string.Join('\n', values.Values.SelectMany(v => v)).ToLowerInvariant();
            var consent = ConsentTextOf(schema, culture, values);
            if (consent is not null)
            {
                entry.ConsentText = consent;
                entry.ConsentAt = now;
            }

            await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
            db.Add(entry);
            foreach (var kind in WorkflowsOf(schema))
            {
                db.Add(new FormWorkflowJob { EntryId = entry.Id, Kind = kind, State = WorkflowJobState.Pending, NextAttemptAt = now, CreatedAt = now });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (submission.SubmissionToken is not null)
        {
            // Two posts of the same token raced; the unique index let exactly one through.
            await DeleteStoredAsync(storedKeys);
            db.ChangeTracker.Clear();
            return new SubmissionOutcome.Replayed();
        }
        catch
        {
            await DeleteStoredAsync(storedKeys);
            throw;
        }

        signal.Notify();
        return new SubmissionOutcome.Accepted(entry.Id, schema.SuccessMessage.In(culture));
    }

    /// <summary>The workflows a schema asks for, in the order they run.</summary>
    public static IEnumerable<WorkflowKind> WorkflowsOf(FormSchema schema)
    {
        if (schema.Notification is { Recipients.Count: > 0 })
        {
            yield return WorkflowKind.Email;
        }

        if (schema.Webhook is not null)
        {
            yield return WorkflowKind.Webhook;
        }

        if (schema.DraftContent is not null)
        {
            yield return WorkflowKind.DraftContent;
        }
    }

    private static string? ConsentTextOf(FormSchema schema, string culture, Dictionary<string, IReadOnlyList<string>> values)
    {
        var given = schema.AllFields.Where(f => f.Type == FieldType.Consent && values.ContainsKey(f.Alias)).ToList();
        if (given.Count == 0)
        {
            return null;
        }

        var texts = given.Select(f => f.Text?.In(culture) ?? f.Label.In(culture)).Prepend(schema.ConsentText?.In(culture));
        return string.Join("\n", texts.Where(t => !string.IsNullOrWhiteSpace(t)));
    }

    private static bool IsVisibleFile(FormSchema schema, UploadedFile file, Dictionary<string, IReadOnlyList<PostedFile>> posted, FormSubmission submission) =>
        schema.Field(file.FieldAlias) is { Type: FieldType.FileUpload } && posted.ContainsKey(file.FieldAlias)
        && FormConditions.VisibleFields(schema, submission.Values).Contains(file.FieldAlias);

    private async Task<FormEntryFile> StoreAsync(Guid entryId, UploadedFile file, List<string> storedKeys, CancellationToken cancellationToken)
    {
        await using var stream = file.Open();
        var head = new byte[16];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = FileSignatures.Detect(head.AsSpan(0, read))!;
        stream.Position = 0;
        var key = await fileStore.SaveAsync(stream, FileSignatures.Extension(kind), cancellationToken);
        storedKeys.Add(key);
        return new FormEntryFile
        {
            Id = Guid.NewGuid(),
            EntryId = entryId,
            FieldAlias = file.FieldAlias,
            FileName = Path.GetFileName(file.FileName).Length > 200 ? Path.GetFileName(file.FileName)[..200] : Path.GetFileName(file.FileName),
            ContentType = FileSignatures.ContentType(kind),
            Length = file.Length,
            StorageKey = key,
        };
    }

    private static byte[] ReadHead(UploadedFile file)
    {
        using var stream = file.Open();
        var head = new byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read];
    }

    private async Task DeleteStoredAsync(List<string> keys)
    {
        foreach (var key in keys)
        {
            await fileStore.DeleteAsync(key, CancellationToken.None);
        }
    }
}
