using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>How many answers an offer has, and how many nobody has opened yet.</summary>
public sealed record AnswerCount(int Total, int Unread);

/// <summary>
/// One page of the answers an offer received. <see cref="MayHandle"/> says whether the reader is one of the people the
/// answers are for (the ones mailed): only they see the sender's address and change the state.
/// </summary>
public sealed record OfferAnswersModel(
    SiteSummary Site, CooperationOffer Offer, IReadOnlyList<Inquiry> Answers, int Total, int Page, int PageSize, bool MayHandle,
    string? Notice = null, Guid? ReplyTo = null, string? Reply = null, IReadOnlyDictionary<string, string[]>? ReplyErrors = null)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string BasePath => $"/backoffice/sites/{Site.Key}/offers/{Offer.Key}/answers";

    public static string State(Inquiry answer) => answer?.RepliedAt is not null ? "handled" : answer?.ReadAt is not null ? "read" : "new";
}
