namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>
/// The economic sectors (KVED section or division codes with names) present in each site, as the business
/// catalog knows them. Matchmaking uses it to explain "both list food processing".
/// </summary>
public interface ISiteActivityProfile
{
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, Sector>>> SectorsBySiteAsync(CancellationToken cancellationToken);
}

/// <summary>An economic sector (a KVED code) with its names.</summary>
public sealed record Sector(string NameEn, string NameUk);
