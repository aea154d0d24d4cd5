using System.Text.RegularExpressions;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// A word-level diff (longest common subsequence) for showing what changed between two versions of a field.
/// Texts longer than <see cref="MaxTokens"/> words are compared line by line to keep the table small.
/// </summary>
public static partial class WordDiff
{
    public const int MaxTokens = 3000;

    public static IReadOnlyList<DiffPiece> Compare(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        if (before == after)
        {
            return before.Length == 0 ? [] : [new DiffPiece(DiffKind.Same, before)];
        }

        var a = Tokens().Matches(before).Select(m => m.Value).ToArray();
        var b = Tokens().Matches(after).Select(m => m.Value).ToArray();
        if (a.Length > MaxTokens || b.Length > MaxTokens)
        {
            a = before.Split('\n').Select(l => l + "\n").ToArray();
            b = after.Split('\n').Select(l => l + "\n").ToArray();
            if (a.Length > MaxTokens || b.Length > MaxTokens)
            {
                return [new DiffPiece(DiffKind.Removed, before), new DiffPiece(DiffKind.Added, after)];
            }
        }

        // lcs[i, j] = length of the common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var pieces = new List<DiffPiece>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Append(pieces, DiffKind.Same, a[x++]);
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Append(pieces, DiffKind.Added, b[y++]);
            }
            else
            {
                Append(pieces, DiffKind.Removed, a[x++]);
            }
        }

        return pieces;
    }

    private static void Append(List<DiffPiece> pieces, DiffKind kind, string text)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    // A word with the spaces after it, so that joining the pieces gives back the text exactly.
    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Tokens();
}

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffPiece(DiffKind Kind, string Text);
