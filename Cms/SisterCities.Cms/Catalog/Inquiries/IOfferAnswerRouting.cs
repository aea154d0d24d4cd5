namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// Lets an inquiry answer a cooperation offer (Partnerships feature) through the same intake: same consent,
/// honeypot, field rules and per-sender / per-IP limits, stored in the same table with <see cref="Inquiry.OfferId"/>.
/// The partnerships feature implements it, because only it knows whether an offer is open and who owns it.
/// </summary>
public interface IOfferAnswerRouting
{
    /// <summary>The offer's title when the public may answer it now (published, unexpired, not withdrawn); otherwise null.</summary>
    Task<string?> OpenOfferTitleAsync(Guid offerKey, CancellationToken cancellationToken);

    /// <summary>Queues the notices to the offer's owners in the caller's unit of work, so they commit with the answer or not at all.</summary>
    Task QueueNoticesAsync(Inquiry answer, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the actor is one of the people the answers to this offer are for (the ones <see cref="QueueNoticesAsync"/>
    /// mails): only they see the sender's address and mark the answer read or replied, as the consent text promises.
    /// </summary>
    Task<bool> MayHandleAnswersAsync(ICatalogActor actor, Guid offerKey, CancellationToken cancellationToken);
}
