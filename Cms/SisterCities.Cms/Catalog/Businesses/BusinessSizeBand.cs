namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>Size by the Commercial Code of Ukraine art. 55 bands (also the EU's SME bands): staff and turnover.</summary>
public enum BusinessSizeBand
{
    Micro,
    Small,
    Medium,
    Large,
}
