using System.Globalization;

namespace SisterCities.Cms.Partnerships;

/// <summary>ISO 3166-1 alpha-2 codes, checked against the ICU region data shipped with .NET.</summary>
public static class CountryCodes
{
    public static bool IsValid(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static string EnglishName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
