namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>One page of the inbox: its rows, where it is (1-based) and the counts shown above the list.</summary>
public sealed record InboxPage(int Page, int PageCount, int Total, int Unread, bool UnreadOnly, IReadOnlyList<InboxRow> Rows, bool OutOfRange)
{
    /// <summary>1-based position of the first row on this page among the listed inquiries.</summary>
    public int First => (Page - 1) * InboxPages.PageSize + 1;

    public int Listed => UnreadOnly ? Unread : Total;
}
