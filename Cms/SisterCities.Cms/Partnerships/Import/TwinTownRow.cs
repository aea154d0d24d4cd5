namespace SisterCities.Cms.Partnerships.Import;

/// <summary>One line of a twin-towns file (<c>ukrainian_city_uk,ukrainian_city_en,oblast_en,partner_city,partner_country_iso2,since_year,source_url</c>).</summary>
public sealed record TwinTownRow(
    int Line,
    string UkrainianCityUk,
    string UkrainianCityEn,
    string OblastEn,
    string PartnerCity,
    string CountryCode,
    int? SinceYear,
    string SourceUrl);
