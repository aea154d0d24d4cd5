namespace SisterCities.Cms.Catalog.Classification;

/// <summary>
/// The EDRPOU code of a Ukrainian legal entity (ЄДРПОУ): eight digits, the last a control digit.
/// The control digit is the weighted sum of the first seven digits modulo 11. Codes below 30,000,000 or above
/// 60,000,000 use the weights 1..7, the others 7,1,2,3,4,5,6; when the remainder is 10 the sum is taken again
/// with every weight increased by 2, and a remainder of 10 on that second pass gives the control digit 0
/// (the State Statistics Service's method, as described on uk.wikipedia.org "Код ЄДРПОУ").
/// </summary>
public static class Edrpou
{
    public const int Length = 8;

    private static readonly int[] LowAndHighRangeWeights = [1, 2, 3, 4, 5, 6, 7];
    private static readonly int[] MiddleRangeWeights = [7, 1, 2, 3, 4, 5, 6];

    /// <summary>True when <paramref name="code"/> is exactly eight ASCII digits with a correct control digit.</summary>
    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != Length || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        return ControlDigit(code) == code[7] - '0';
    }

    /// <summary>The control digit for the first seven digits of an eight-digit code.</summary>
    public static int ControlDigit(string code)
    {
        var value = long.Parse(code.AsSpan(0, Length), System.Globalization.CultureInfo.InvariantCulture);
        var weights = value is < 30_000_000 or > 60_000_000 ? LowAndHighRangeWeights : MiddleRangeWeights;
        var remainder = WeightedRemainder(code, weights, 0);
        if (remainder == 10)
        {
            remainder = WeightedRemainder(code, weights, 2);
        }

        return remainder == 10 ? 0 : remainder;
    }

    private static int WeightedRemainder(string code, int[] weights, int increase)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (code[i] - '0') * (weights[i] + increase);
        }

        return sum % 11;
    }
}
