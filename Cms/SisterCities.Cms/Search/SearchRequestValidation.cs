namespace SisterCities.Cms.Search;

/// <summary>The limits that keep every search cheap; a request beyond them is a 400, never a slow answer.</summary>
public static class SearchRequestValidation
{
    public const int PageSize = 10;

    /// <summary>100 pages of 10: nobody pages further, and a deeper page would make Lucene collect that many hits.</summary>
    public const int MaxPage = 100;

    public const int MaxQueryLength = 200;

    public const int MaxFilterLength = 64;

    /// <summary>Errors keyed by parameter name; empty when the request is fine.</summary>
    public static Dictionary<string, string[]> Validate(SearchRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Query is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"The query may have at most {MaxQueryLength} characters."];
        }

        if (request.Page is < 1 or > MaxPage)
        {
            errors["page"] = [$"The page must be between 1 and {MaxPage}."];
        }

        foreach (var (name, value) in new[] { ("site", request.Site), ("type", request.Type), ("activity", request.Activity), ("country", request.Country), ("culture", request.Culture) })
        {
            if (value is { Length: > MaxFilterLength })
            {
                errors[name] = [$"The {name} filter may have at most {MaxFilterLength} characters."];
            }
        }

        return errors;
    }
}
