namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>The audit log's names for changes made on the partnership screens (beside <see cref="Workflow.AuditActions"/>).</summary>
public static class PartnershipAuditActions
{
    public const string PartnerCityCreated = "partner-city-created";
    public const string PartnerCitySaved = "partner-city-saved";
    public const string PartnershipCreated = "partnership-created";
    public const string PartnershipSaved = "partnership-saved";
    public const string OfferCreated = "offer-created";
    public const string OfferSaved = "offer-saved";
    public const string OfferExpired = "offer-expired";
    public const string OfferWithdrawn = "offer-withdrawn";
    public const string EventCreated = "event-created";
    public const string EventSaved = "event-saved";
    public const string EventCancelled = "event-cancelled";
    public const string OfferAnswerRead = "offer-answer-read";
    public const string OfferAnswerUnread = "offer-answer-unread";
    public const string OfferAnswerHandled = "offer-answer-handled";
    public const string OfferAnswerReplied = "offer-answer-replied";
}
