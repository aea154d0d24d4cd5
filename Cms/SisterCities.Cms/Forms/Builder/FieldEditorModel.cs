namespace SisterCities.Cms.Forms.Builder;

/// <summary>One field's editor on the builder page: the page's model and the field's index in the draft.</summary>
public sealed record FieldEditorModel(FormEditModel Edit, int Index)
{
    public FormDraftField Field => Edit.Draft.Fields[Index];

    /// <summary>The id of one of this field's inputs (<c>x3-label</c>).</summary>
    public string Id(string part) => $"x{Index}-{part}";

    /// <summary>The posted name of one of this field's inputs (<c>Fields[3].LabelUk</c>).</summary>
    public string Name(string property) => $"Fields[{Index}].{property}";
}
