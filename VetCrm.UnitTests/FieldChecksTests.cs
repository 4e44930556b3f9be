using VetCrm.Api.Commands;

namespace VetCrm.UnitTests;

public sealed class FieldChecksTests
{
    [Fact]
    public void Text_is_trimmed_and_blank_optional_text_is_stored_as_null()
    {
        var check = new FieldChecks();
        Assert.Equal("Biscuit", check.Required("petName", "  Biscuit ", 100));
        Assert.Null(check.Optional("breed", "   ", 100));
        Assert.False(check.Failed);
    }

    [Fact]
    public void Every_bad_field_is_named_in_one_go()
    {
        var check = new FieldChecks();
        check.Required("petName", " ", 100);
        check.Optional("breed", new string('x', 101), 100);
        check.Choice("priority", "asap", ["emergency", "urgent", "routine"]);
        check.Reference("pet", null);
        check.Required<bool>("followUpNeeded", null);
        Assert.Equal(["petName", "breed", "priority", "pet", "followUpNeeded"], check.Errors.ToDictionary().Keys);
        Assert.Equal(["'asap' is not one of: emergency, urgent, routine."], check.Errors.ToDictionary()["priority"]);
    }

    [Fact]
    public void A_refusal_converts_to_an_outcome_that_carries_no_value()
    {
        Outcome<string> outcome = Refusal.Conflict("stale", "version");
        Assert.False(outcome.Succeeded);
        Assert.Equal(RefusalKind.Conflict, outcome.Refusal!.Kind);
        Assert.Equal(["stale"], outcome.Refusal.Errors!.ToDictionary()["version"]);
        Outcome<string> done = "view";
        Assert.True(done.Succeeded);
    }
}
