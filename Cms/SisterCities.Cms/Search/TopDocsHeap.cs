using System.Runtime.CompilerServices;
using Lucene.Net.Search;

namespace SisterCities.Cms.Search;

/// <summary>
/// The best <c>n</c> documents by score, ties to the lower document number (Lucene's order): a binary min-heap whose
/// root, the current n-th best, rejects most documents of a broad query with one comparison.
/// </summary>
internal sealed class TopDocsHeap(int size)
{
    private readonly float[] _scores = new float[Math.Max(size, 0)];
    private readonly int[] _docs = new int[Math.Max(size, 0)];
    private int _count;

    /// <summary>Inlined into the scoring loops: most documents of a broad query fail the first comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(int doc, float score)
    {
        if (_count == _scores.Length && (_count == 0 || score < _scores[0]))
        {
            return;
        }

        Insert(doc, score);
    }

    private void Insert(int doc, float score)
    {
        if (_count < _scores.Length)
        {
            var i = _count++;
            _scores[i] = score;
            _docs[i] = doc;
            SiftUp(i);
        }
        else if (_count > 0 && Worse(_scores[0], _docs[0], score, doc))
        {
            _scores[0] = score;
            _docs[0] = doc;
            SiftDown(0);
        }
    }

    /// <summary>Best first; empties the heap.</summary>
    public ScoreDoc[] Top()
    {
        var top = new ScoreDoc[_count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            top[i] = new ScoreDoc(_docs[0], _scores[0]);
            _count--;
            _scores[0] = _scores[_count];
            _docs[0] = _docs[_count];
            SiftDown(0);
        }

        return top;
    }

    /// <summary>True when (scoreA, docA) ranks below (scoreB, docB).</summary>
    private static bool Worse(float scoreA, int docA, float scoreB, int docB) => scoreA < scoreB || (scoreA == scoreB && docA > docB);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_scores[i], _docs[i], _scores[parent], _docs[parent]))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var (left, worst) = ((2 * i) + 1, i);
            if (left < _count && Worse(_scores[left], _docs[left], _scores[worst], _docs[worst]))
            {
                worst = left;
            }

            if (left + 1 < _count && Worse(_scores[left + 1], _docs[left + 1], _scores[worst], _docs[worst]))
            {
                worst = left + 1;
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
