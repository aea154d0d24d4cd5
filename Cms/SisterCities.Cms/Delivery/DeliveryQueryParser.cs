using System.Globalization;
using static SisterCities.Cms.Delivery.DeliveryQuery;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Turns the query string of <c>/content</c> into a <see cref="DeliveryQuery"/>, collecting every problem
/// under the name of the parameter that caused it, so a client sees all its mistakes in one 400.
/// </summary>
internal static class DeliveryQueryParser
{
    public static DeliveryQuery? Parse(
        string? fetch, string[]? filter, string[]? sort, string? skip, string? take, string? expand, string? fields,
        DeliveryOptions options, Dictionary<string, string[]> errors)
    {
        var parsedFetch = ParseFetch(fetch, errors);
        var skipValue = ParseInt(skip, "skip", 0, 0, int.MaxValue, errors);
        var takeValue = ParseInt(take, "take", options.DefaultTake, 0, options.MaxTake, errors);
        var expandValue = ParseSelection(expand, "expand", PropertySelection.None, errors);
        var fieldsValue = ParseSelection(fields, "fields", PropertySelection.All, errors);
        var query = new DeliveryQuery
        {
            FetchTarget = parsedFetch,
            Skip = skipValue,
            Take = takeValue,
            Expand = expandValue,
            Fields = fieldsValue,
        };
        foreach (var value in filter ?? [])
        {
            if (ParseFilter(value) is { } parsed)
            {
                query.Filters.Add(parsed);
            }
            else
            {
                AddError(errors, "filter", $"'{value}' is not a known filter. Use contentType:, name:, parentId:, site:, createDate>|>:|<|<:, updateDate>|>:|<|<:.");
            }
        }

        foreach (var value in sort ?? [])
        {
            if (ParseSort(value) is { } parsed)
            {
                query.Sorts.Add(parsed);
            }
            else
            {
                AddError(errors, "sort", $"'{value}' is not a known sort. Use createDate, updateDate, name, sortOrder or level with :asc or :desc.");
            }
        }

        return errors.Count == 0 ? query : null;
    }

    public static PropertySelection ParseSelection(string? value, string name, PropertySelection fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (PropertySelection.TryParse(value, out var selection))
        {
            return selection;
        }

        AddError(errors, name, $"'{value}' is not valid; use properties[$all] or properties[alias1,alias2].");
        return fallback;
    }

    public static void AddError(Dictionary<string, string[]> errors, string parameter, string message) =>
        errors[parameter] = errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    private static Fetch? ParseFetch(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        FetchKind? kind = colon < 0 ? null : value[..colon] switch
        {
            "children" => FetchKind.Children,
            "descendants" => FetchKind.Descendants,
            "ancestors" => FetchKind.Ancestors,
            _ => null,
        };
        var target = colon < 0 ? "" : value[(colon + 1)..].Trim();
        if (kind is null || target.Length == 0)
        {
            AddError(errors, "fetch", $"'{value}' is not valid; use children:, descendants: or ancestors: followed by an id or a path.");
            return null;
        }

        return Guid.TryParse(target, out var key)
            ? new Fetch(kind.Value, key, null)
            : new Fetch(kind.Value, null, DeliveryPaths.Normalize(target));
    }

    private static Filter? ParseFilter(string value)
    {
        foreach (var (field, name) in new[] { (FilterField.CreateDate, "createDate"), (FilterField.UpdateDate, "updateDate") })
        {
            if (!value.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = value[name.Length..];
            var (comparison, length) = rest switch
            {
                _ when rest.StartsWith(">:", StringComparison.Ordinal) => (Comparison.GreaterOrEqual, 2),
                _ when rest.StartsWith("<:", StringComparison.Ordinal) => (Comparison.LessOrEqual, 2),
                _ when rest.StartsWith('>') => (Comparison.GreaterThan, 1),
                _ when rest.StartsWith('<') => (Comparison.LessThan, 1),
                _ => (Comparison.Is, 0),
            };
            return length > 0 && DateTimeOffset.TryParse(
                rest[length..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                ? new Filter(field, comparison, false, [], date.ToUniversalTime())
                : null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        FilterField? parsedField = value[..colon] switch
        {
            "contentType" => FilterField.ContentType,
            "name" => FilterField.Name,
            "parentId" => FilterField.ParentId,
            "site" => FilterField.Site,
            _ => null,
        };
        var text = value[(colon + 1)..];
        var negate = text.StartsWith('!') && parsedField is FilterField.ContentType or FilterField.Name;
        if (negate)
        {
            text = text[1..];
        }

        var values = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parsedField is null || values.Length == 0)
        {
            return null;
        }

        if (parsedField == FilterField.ParentId && !values.All(v => Guid.TryParse(v, out _)))
        {
            return null;
        }

        return new Filter(parsedField.Value, Comparison.Is, negate, values, default);
    }

    private static Sort? ParseSort(string value)
    {
        var parts = value.Split(':', 2, StringSplitOptions.TrimEntries);
        SortField? field = parts[0] switch
        {
            "createDate" => SortField.CreateDate,
            "updateDate" => SortField.UpdateDate,
            "name" => SortField.Name,
            "sortOrder" => SortField.SortOrder,
            "level" => SortField.Level,
            _ => null,
        };
        var direction = parts.Length == 1 ? "asc" : parts[1].ToLowerInvariant();
        return field is null || direction is not ("asc" or "desc") ? null : new Sort(field.Value, direction == "desc");
    }

    private static int ParseInt(string? value, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        AddError(errors, name, $"'{value}' must be a whole number from {min} to {max}.");
        return fallback;
    }
}
