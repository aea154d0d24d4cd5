using Lucene.Net.Documents;
using Lucene.Net.Util;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Search;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document the index stores.</summary>
public static class SearchDocumentMapper
{
    /// <summary>Stored text is cut here: snippets come from the beginning, and 100,000 documents must stay small.</summary>
    public const int StoredTextLimit = 2000;

    public static Document ToLucene(SearchDocument source)
    {
        var title = source.Title.Trim();
        var text = source.Text.Trim();
        var document = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new StringField(SearchFields.Owner, source.Owner, Field.Store.NO),
            new StringField(SearchFields.Culture, source.Culture, Field.Store.YES),
            new StoredField(SearchFields.Title, title),
            new StoredField(SearchFields.Url, source.Url),
            new StoredField(SearchFields.SiteName, source.SiteName),
            new StoredField(SearchFields.Text, text.Length > StoredTextLimit ? text[..StoredTextLimit] : text),
            new TextField(SearchFields.TitleUk, title, Field.Store.NO),
            new TextField(SearchFields.TitleEn, title, Field.Store.NO),
            new TextField(SearchFields.TitleLatin, title, Field.Store.NO),
            new TextField(SearchFields.TextUk, text, Field.Store.NO),
            new TextField(SearchFields.TextEn, text, Field.Store.NO),
            new TextField(SearchFields.TextLatin, text, Field.Store.NO),
            // The title's words in both scripts feed "did you mean": a Latin typo is corrected to a Latin title word.
            new TextField(SearchFields.Words, UkrainianTransliteration.ContainsCyrillic(title) ? title + " " + UkrainianTransliteration.ToLatin(title) : title, Field.Store.NO),
        };
        foreach (var owner in source.AlsoOwnedBy)
        {
            document.Add(new StringField(SearchFields.Owner, owner, Field.Store.NO));
        }

        AddFacet(document, SearchFields.Site, source.SiteKey);
        AddFacet(document, SearchFields.Type, source.Type);
        AddFacet(document, SearchFields.Activity, source.ActivitySection);
        AddFacet(document, SearchFields.Country, source.Country);
        if (source.Date is { } date)
        {
            var millis = date.ToUnixTimeMilliseconds();
            document.Add(new Int64Field(SearchFields.Date, millis, Field.Store.YES));
        }

        return document;
    }

    // A filter needs the indexed term; a facet count needs doc values; display needs the stored value.
    private static void AddFacet(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
