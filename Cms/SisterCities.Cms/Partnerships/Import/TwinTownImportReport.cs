namespace SisterCities.Cms.Partnerships.Import;

public sealed class TwinTownImportReport
{
    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int SitesCreated { get; set; }

    public int PartnerCitiesCreated { get; set; }

    public List<string> Problems { get; } = [];
}
