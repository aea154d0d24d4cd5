namespace SisterCities.Cms.Search;

/// <summary>
/// Per-document working arrays of <see cref="TermAtATimeSearcher"/> for one segment: a word's best and summed field
/// score, a field's summed term scores, the query's summed word scores and matched-word count, and the list of
/// documents reached at each level. A stamp per level marks the documents that level has already seen, so nothing is
/// cleared between words, fields, segments or requests; only a wrap of the stamp counter clears them. Pooled: a broad
/// query needs them for every document of the segment, and ~4 MB per request would keep the garbage collector busy.
/// </summary>
internal sealed class ScoreAccumulators
{
    private static readonly ScoreAccumulators?[] Pool = new ScoreAccumulators?[2 * Environment.ProcessorCount];

    private int _stamp;

    public int[] WordStamp { get; private set; } = [];

    public float[] WordMax { get; private set; } = [];

    public float[] WordSum { get; private set; } = [];

    public int[] WordDocs { get; private set; } = [];

    public int[] FieldStamp { get; private set; } = [];

    public float[] FieldSum { get; private set; } = [];

    public int[] FieldDocs { get; private set; } = [];

    public int[] QueryStamp { get; private set; } = [];

    public float[] QuerySum { get; private set; } = [];

    public int[] QueryCount { get; private set; } = [];

    public int[] QueryDocs { get; private set; } = [];

    /// <summary>Dense passes only: how many words each document matched, as floats for vector arithmetic.</summary>
    public float[] QueryMatched { get; private set; } = [];

    public static ScoreAccumulators Rent(int documents)
    {
        ScoreAccumulators? rented = null;
        for (var i = 0; i < Pool.Length && rented is null; i++)
        {
            rented = Interlocked.Exchange(ref Pool[i], null);
        }

        rented ??= new ScoreAccumulators();
        rented.EnsureSize(documents);
        return rented;
    }

    public static void Return(ScoreAccumulators accumulators)
    {
        for (var i = 0; i < Pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Pool[i], accumulators, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>A stamp no document carries yet (stamps start at 1; arrays start at 0).</summary>
    public int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(WordStamp);
            Array.Clear(FieldStamp);
            Array.Clear(QueryStamp);
            _stamp = 0;
        }

        return ++_stamp;
    }

    private void EnsureSize(int documents)
    {
        if (WordStamp.Length >= documents)
        {
            return;
        }

        WordStamp = new int[documents];
        WordMax = new float[documents];
        WordSum = new float[documents];
        WordDocs = new int[documents];
        FieldStamp = new int[documents];
        FieldSum = new float[documents];
        FieldDocs = new int[documents];
        QueryStamp = new int[documents];
        QuerySum = new float[documents];
        QueryCount = new int[documents];
        QueryDocs = new int[documents];
        QueryMatched = new float[documents];
    }
}
