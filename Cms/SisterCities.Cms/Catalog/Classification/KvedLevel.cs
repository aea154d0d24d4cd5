namespace SisterCities.Cms.Catalog.Classification;

public enum KvedLevel
{
    Section,
    Division,
}
