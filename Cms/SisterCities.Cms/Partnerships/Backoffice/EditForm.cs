using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// What a backoffice form shows: the values (as typed, so a refused form comes back as the editor left it) and the
/// errors keyed by field name, which <see cref="FieldHtml"/> prints next to the field.
/// </summary>
public sealed class EditForm
{
    public Dictionary<string, string[]> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public static EditForm From(IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var form = new EditForm();
        foreach (var (name, values) in posted)
        {
            if (name != "__RequestVerificationToken")
            {
                form.Values[name] = values.Select(v => v ?? "").ToArray();
            }
        }

        return form;
    }

    public string Value(string name) => Values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : "";

    public IReadOnlyList<string> All(string name) => Values.TryGetValue(name, out var v) ? v : [];

    public void Set(string name, object? value) => Values[name] = value switch
    {
        null => [],
        IEnumerable<string> many => many.ToArray(),
        IFormattable f => [f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)],
        _ => [value.ToString() ?? ""],
    };

    public void AddError(string field, string message) =>
        Errors[field] = Errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>Takes a writer's errors, moving keys that name no single input (e.g. "partner") onto the input they concern.</summary>
    public void AddErrors(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            var target = aliases is not null && aliases.TryGetValue(field, out var alias) ? alias : field;
            foreach (var message in messages)
            {
                AddError(target, message);
            }
        }
    }

    /// <summary>
    /// Adds rule errors only for fields that have none yet: when a value did not even parse, the rules still run on
    /// the rest, so the editor sees every problem at once instead of one round trip per field.
    /// </summary>
    public void AddErrorsWhereNone(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fresh = errors.Where(e => !Errors.ContainsKey(aliases is not null && aliases.TryGetValue(e.Key, out var alias) ? alias : e.Key))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        AddErrors(fresh, aliases);
    }
}
