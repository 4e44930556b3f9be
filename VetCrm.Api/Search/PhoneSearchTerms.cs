namespace VetCrm.Api.Search;

/// <summary>
/// What a term typed as a phone number looks for among owners' phones stored as digits without leading zeros
/// (<c>pets.owner_phone_digits</c>): its digits without a trunk "0" or international "00", and, when it starts with a
/// country code ("+44 …", "0044 …"), also its digits without a 1- to 3-digit code, since the stored number may have none.
/// </summary>
public static class PhoneSearchTerms
{
    /// <summary>Fewer digits than this are not searched as a phone number: they would match almost every phone.</summary>
    public const int MinDigits = 4;

    /// <summary>A national number is at least this long; a country code is only taken off when this much remains.</summary>
    private const int MinNationalDigits = 7;

    private static readonly char[] Separators = [' ', '+', '-', '(', ')', '.', '/'];

    /// <summary>The digit strings to look for, or none when the term is not a phone number (letters, too few digits).</summary>
    public static IReadOnlyList<string> For(string term)
    {
        if (!term.All(c => char.IsAsciiDigit(c) || Separators.Contains(c))) return [];
        var digits = new string([.. term.Where(char.IsAsciiDigit)]);
        var international = term.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        var number = digits.TrimStart('0');
        if (number.Length < MinDigits) return [];
        List<string> terms = [number];
        if (!international) return terms;
        for (var codeLength = 1; codeLength <= 3; codeLength++)
        {
            var withoutCode = number[codeLength..].TrimStart('0');
            if (withoutCode.Length >= MinNationalDigits && !terms.Contains(withoutCode)) terms.Add(withoutCode);
        }
        return terms;
    }
}
