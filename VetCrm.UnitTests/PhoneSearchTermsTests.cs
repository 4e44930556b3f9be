using VetCrm.Api.Search;

namespace VetCrm.UnitTests;

/// <summary>How a term typed as a phone number becomes the digit strings searched among owners' phones.</summary>
public sealed class PhoneSearchTermsTests
{
    [Theory]
    [InlineData("7700900123", new[] { "7700900123" })]
    [InlineData("07700 900123", new[] { "7700900123" })]
    [InlineData("7700-900-123", new[] { "7700900123" })]
    [InlineData("+44 7700 900123", new[] { "447700900123", "47700900123", "7700900123", "700900123" })]
    [InlineData("0044 7700 900123", new[] { "447700900123", "47700900123", "7700900123", "700900123" })]
    [InlineData("+44 (0)7700 900123", new[] { "4407700900123", "407700900123", "7700900123" })]
    public void A_phone_number_is_searched_as_its_digits_without_leading_zeros_and_without_a_country_code(string typed, string[] expected) =>
        Assert.Equal(expected, PhoneSearchTerms.For(typed));

    [Theory]
    [InlineData("REF-2026-000123")]
    [InlineData("Rex 7700")]
    [InlineData("012")]
    [InlineData("+44")]
    [InlineData("")]
    public void Terms_with_letters_or_too_few_digits_are_not_phone_numbers(string typed) =>
        Assert.Empty(PhoneSearchTerms.For(typed));
}
