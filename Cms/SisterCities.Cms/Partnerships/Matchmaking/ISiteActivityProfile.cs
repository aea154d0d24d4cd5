namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>
/// The economic sectors (KVED section or division codes with names) present in each site, as the business
/// catalog knows them. Matchmaking uses it to explain "both list food processing".
/// </summary>
public interface ISiteActivityProfile
{
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string>>> SectorsBySiteAsync(CancellationToken cancellationToken);
}
