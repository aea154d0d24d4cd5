namespace SisterCities.Cms.Forms.Builder;

/// <summary>One page of a <see cref="FormDraft"/>: its caption in both cultures.</summary>
public sealed class FormDraftPage
{
    public string CaptionUk { get; set; } = "";

    public string CaptionEn { get; set; } = "";
}
