using Lucene.Net.Index;

namespace SisterCities.Cms.Search;

/// <summary>
/// Reads the stored fields a hit shows straight into properties. Loading a whole <c>Document</c> builds a field
/// object per stored value in a growing list and looks each one up again by a linear scan with a boxed enumerator,
/// which cost more than finding the hits of an ordinary query.
/// </summary>
internal sealed class StoredHitFields : StoredFieldVisitor
{
    public string Id { get; private set; } = "";

    public string Type { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string Url { get; private set; } = "";

    public string Site { get; private set; } = "";

    public string SiteName { get; private set; } = "";

    public string Culture { get; private set; } = "";

    /// <summary>Milliseconds since the Unix epoch, when the document has a date.</summary>
    public long? Date { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        SearchFields.Id or SearchFields.Type or SearchFields.Title or SearchFields.Text or SearchFields.Url or SearchFields.Site
            or SearchFields.SiteName or SearchFields.Culture or SearchFields.Date => Status.YES,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case SearchFields.Id: Id = value; break;
            case SearchFields.Type: Type = value; break;
            case SearchFields.Title: Title = value; break;
            case SearchFields.Text: Text = value; break;
            case SearchFields.Url: Url = value; break;
            case SearchFields.Site: Site = value; break;
            case SearchFields.SiteName: SiteName = value; break;
            case SearchFields.Culture: Culture = value; break;
        }
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        if (fieldInfo.Name == SearchFields.Date)
        {
            Date = value;
        }
    }
}
