namespace SisterCities.Cms.Partnerships;

public enum PartnershipStatus
{
    Proposed = 0,
    Active = 1,
    Suspended = 2,
    Ended = 3,
}
