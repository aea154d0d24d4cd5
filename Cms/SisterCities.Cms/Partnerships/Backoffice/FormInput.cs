using System.Globalization;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>Reads typed values from an <see cref="EditForm"/>; a value that does not parse becomes an error under its field.</summary>
public static class FormInput
{
    public static string? Text(this EditForm form, string name) =>
        form.Value(name).Trim() is { Length: > 0 } text ? text : null;

    public static int? Int(this EditForm form, string name)
    {
        var text = form.Text(name);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        form.AddError(name, "Enter a whole number.");
        return null;
    }

    public static double? Double(this EditForm form, string name)
    {
        var text = form.Text(name)?.Replace(',', '.');
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        form.AddError(name, "Enter a number such as 50.0647.");
        return null;
    }

    public static DateOnly? Date(this EditForm form, string name)
    {
        var text = form.Text(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        form.AddError(name, "Enter a date as YYYY-MM-DD.");
        return null;
    }

    /// <summary>A datetime-local value typed in Kyiv time, returned in UTC.</summary>
    public static DateTimeOffset? KyivTime(this EditForm form, string name)
    {
        var text = form.Text(name);
        if (text is null)
        {
            form.AddError(name, "Enter the date and time (Kyiv time).");
            return null;
        }

        string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Workflow.KyivTime.FromKyivWallClock(local);
        }

        form.AddError(name, "Enter the date and time as YYYY-MM-DD HH:MM (Kyiv time).");
        return null;
    }

    public static bool Flag(this EditForm form, string name) => form.All(name).Any(v => v is "true" or "on");

    public static List<int> Ints(this EditForm form, string name)
    {
        var result = new List<int>();
        foreach (var value in form.All(name).Where(v => v.Length > 0))
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                result.Add(id);
            }
            else
            {
                form.AddError(name, "Choose from the list.");
            }
        }

        return result;
    }

    /// <summary>Keys typed one per line (or separated by commas or spaces).</summary>
    public static List<Guid> Keys(this EditForm form, string name)
    {
        var result = new List<Guid>();
        foreach (var part in form.Value(name).Split([',', ' ', '\n', '\r', '\t', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Guid.TryParse(part, out var key))
            {
                result.Add(key);
            }
            else
            {
                form.AddError(name, $"'{part}' is not a key (a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e).");
            }
        }

        return result;
    }

    public static Guid? Key(this EditForm form, string name)
    {
        var keys = form.Keys(name);
        if (keys.Count > 1)
        {
            form.AddError(name, "Enter one key.");
        }

        return keys.Count > 0 ? keys[0] : null;
    }

    public static string Format(DateTimeOffset utc) =>
        Workflow.KyivTime.ToKyiv(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
