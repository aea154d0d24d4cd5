using System.Globalization;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>
/// The builder's buttons other than Save: add, move and remove fields and pages on the posted draft. Nothing here
/// touches the database; the result is shown again until the editor saves.
/// </summary>
public static class FormDraftOperations
{
    /// <summary>Applies <paramref name="op"/> (<c>add-field</c>, <c>add-page</c>, <c>up-3</c>, <c>down-3</c>, <c>remove-3</c>, <c>remove-page-1</c>); returns what happened, for the status line.</summary>
    public static string? Apply(FormDraft draft, string op, FieldType newType, int newPage)
    {
        if (draft.Pages.Count == 0)
        {
            draft.Pages.Add(new FormDraftPage { CaptionUk = "Сторінка 1", CaptionEn = "Page 1" });
        }

        if (op == "add-field")
        {
            var page = Math.Clamp(newPage, 0, draft.Pages.Count - 1);
            var field = new FormDraftField { Type = newType, Alias = FreeAlias(draft, newType), Page = page, LabelUk = "Нове поле", LabelEn = "New field" };
            // After the last field of its page, so the new field appears where the editor asked for it.
            var after = draft.Fields.FindLastIndex(f => f.Page <= page);
            draft.Fields.Insert(after + 1, field);
            return $"Added a {newType} field '{field.Alias}' to page {page + 1}.";
        }

        if (op == "add-page")
        {
            var n = draft.Pages.Count + 1;
            draft.Pages.Add(new FormDraftPage { CaptionUk = $"Сторінка {n}", CaptionEn = $"Page {n}" });
            return $"Added page {n}.";
        }

        if (TryIndex(op, "remove-page-", out var removedPage) && removedPage < draft.Pages.Count && draft.Pages.Count > 1)
        {
            var target = removedPage == 0 ? 0 : removedPage - 1;
            foreach (var f in draft.Fields)
            {
                f.Page = f.Page == removedPage ? target : f.Page > removedPage ? f.Page - 1 : f.Page;
            }

            draft.Pages.RemoveAt(removedPage);
            return $"Removed page {removedPage + 1}; its fields moved to page {target + 1}.";
        }

        if (TryIndex(op, "remove-", out var removed) && removed < draft.Fields.Count)
        {
            var alias = draft.Fields[removed].Alias;
            draft.Fields.RemoveAt(removed);
            return $"Removed the field '{alias}'.";
        }

        if (TryIndex(op, "up-", out var up) && up < draft.Fields.Count)
        {
            var page = draft.Fields[up].Page;
            var other = up == 0 ? -1 : draft.Fields.FindLastIndex(up - 1, up, f => f.Page == page);
            return Swap(draft, up, other, "up");
        }

        if (TryIndex(op, "down-", out var down) && down < draft.Fields.Count)
        {
            var other = draft.Fields.FindIndex(down + 1, f => f.Page == draft.Fields[down].Page);
            return Swap(draft, down, other, "down");
        }

        return null;
    }

    private static string Swap(FormDraft draft, int index, int other, string direction)
    {
        var alias = draft.Fields[index].Alias;
        if (other < 0 || other == index)
        {
            return $"'{alias}' is already the {(direction == "up" ? "first" : "last")} field of its page.";
        }

        (draft.Fields[index], draft.Fields[other]) = (draft.Fields[other], draft.Fields[index]);
        return $"Moved '{alias}' {direction}.";
    }

    private static bool TryIndex(string op, string prefix, out int index)
    {
        index = -1;
        return op.StartsWith(prefix, StringComparison.Ordinal)
               && int.TryParse(op.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private static string FreeAlias(FormDraft draft, FieldType type)
    {
        var stem = char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..];
        for (var n = 1; ; n++)
        {
            var alias = stem + n.ToString(CultureInfo.InvariantCulture);
            if (!draft.Fields.Any(f => string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase)))
            {
                return alias;
            }
        }
    }
}
