using System.Net;
using System.Text.RegularExpressions;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Web;

/// <summary>Every page and form of VetCrm.Web over real HTTP against the running stack, error paths included.</summary>
[Collection("stack")]
public sealed class WebPageTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Signed_out_visitors_see_the_welcome_page_and_are_sent_to_login_for_anything_else()
    {
        using var web = new WebSession(stack);
        var home = await web.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("href=\"/Account/Login\"", home.Body);
        Assert.Contains("data-testid=\"service-status\"", home.Body);

        foreach (var path in new[] { "/Pets", "/Referrals/New", "/Admin/Users", "/Admin/Audit" })
        {
            var response = await web.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Sign_up_waits_for_a_role_until_the_admin_grants_one_on_the_users_page()
    {
        var username = $"signup-{Guid.NewGuid():N}"[..20];
        using var newcomer = new WebSession(stack);
        var signup = await newcomer.SubmitAsync("/Account/Signup", new()
        {
            ["Input.FullName"] = "Robin Newcomer", ["Input.Username"] = username, ["Input.Email"] = $"{username}@example.test", ["Input.Password"] = ApiFixtureHelpers.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signup.StatusCode);
        Assert.Contains("data-testid=\"awaiting-role\"", (await newcomer.GetAsync("/")).Body);

        using var admin = await WebSession.AdminAsync(stack);
        var users = await admin.GetAsync("/Admin/Users?role=none");
        var userId = Regex.Match(users.Body, $"data-username=\"{username}\">.*?name=\"userId\" value=\"([0-9a-f-]+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(userId);
        var grant = await admin.SubmitAsync("/Admin/Users?role=none", new() { ["userId"] = userId, ["newRole"] = "clientCare" }, "?handler=Role");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);

        // The newcomer's next request already carries the role: the session is checked against the API each time.
        var home = await newcomer.GetAsync("/");
        Assert.DoesNotContain("data-testid=\"awaiting-role\"", home.Body);
        Assert.Contains("Client care", home.Text);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/Pets")).StatusCode);
    }

    [Fact]
    public async Task Sign_up_errors_from_the_api_show_next_to_their_fields()
    {
        using var web = new WebSession(stack);
        var response = await web.SubmitAsync("/Account/Signup", new() { ["Input.FullName"] = "No Password", ["Input.Username"] = "", ["Input.Email"] = "x@example.test", ["Input.Password"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("required", response.FieldError("Input.Username"));
        Assert.Contains("required", response.FieldError("Input.Password"));
        Assert.Null(response.FieldError("Input.Email"));
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_logout_ends_the_session()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var web = new WebSession(stack);
        var wrong = await web.SubmitAsync("/Account/Login", new() { ["Input.Username"] = coordinator.UserName, ["Input.Password"] = "not-the-password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Wrong user name or password", wrong.Text);

        using var session = await WebSession.LoggedInAsync(stack, coordinator);
        Assert.Contains("data-testid=\"triage-board\"", (await session.GetAsync("/")).Body);
        var logout = await session.SubmitAsync("/", [], "/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/Pets")).StatusCode);
    }

    [Fact]
    public async Task A_session_the_api_no_longer_accepts_sends_the_user_back_to_login()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var web = await WebSession.LoggedInAsync(stack, specialist);
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("/Pets")).StatusCode);

        // Logging out through the API elsewhere voids every token of the user, the web session's included.
        (await specialist.PostAsync("/api/auth/logout")).Expect(HttpStatusCode.NoContent);

        var response = await web.GetAsync("/Pets");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        var forged = await web.PostWithoutTokenAsync("/Pets/New", new() { ["Input.PetName"] = "Forged" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task New_pet_shows_api_validation_next_to_the_field_then_saves_and_leads_to_intake()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        var fields = new Dictionary<string, string>
        {
            ["Input.PetName"] = "", ["Input.Species"] = "feline", ["Input.MedicalHistorySummary"] = "Heart murmur grade III/VI.",
            ["Input.OwnerName"] = "Sam Owner", ["Input.OwnerPhone"] = "+44 20 7946 0002", ["Input.AssignedSpecialist"] = specialist.UserId.ToString(),
        };
        var invalid = await web.SubmitAsync("/Pets/New", fields);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Pet name is required", invalid.FieldError("Input.PetName"));
        Assert.Null(invalid.FieldError("Input.Species"));
        Assert.Contains("Heart murmur grade III/VI.", invalid.Text); // what was typed stays on the page

        fields["Input.PetName"] = "Mittens";
        var saved = await web.SubmitAsync("/Pets/New", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/Referrals/New?pet=", saved.Location!.OriginalString);
        Assert.Contains("Mittens", (await web.GetAsync(saved.Location.OriginalString)).Text);
    }

    [Fact]
    public async Task Intake_generates_the_number_the_board_shows_it_and_triage_needs_a_reason()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var petId = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Biscuit"));
        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        Dictionary<string, string> Intake(string reason) => new()
        {
            ["pet"] = petId, ["Input.ReferringClinic"] = "Riverside Vets", ["Input.ReferralReason"] = reason, ["Input.Priority"] = "emergency",
            ["Input.AssignedSpecialist"] = specialist.UserId.ToString(),
        };

        var missing = await web.SubmitAsync($"/Referrals/New?pet={petId}", Intake(""));
        Assert.Contains("required", missing.FieldError("Input.ReferralReason"));

        var created = await web.SubmitAsync($"/Referrals/New?pet={petId}", Intake("Collapse after exercise."));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var referral = (await coordinator.GetAsync($"/api/referrals?pet={petId}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray().Single()!.AsObject();
        var referralNumber = referral["referralNumber"]!.GetValue<string>();
        Assert.StartsWith("REF-", referralNumber);

        var board = await web.GetAsync("/");
        Assert.Contains("data-testid=\"triage-board\"", board.Body);
        Assert.Contains(referralNumber, board.Body);

        var referralId = referral["id"]!.GetValue<string>();
        var noReason = await web.SubmitAsync($"/Referrals/Move/{referralId}", new() { ["Input.Status"] = "triaged", ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Reason is required", noReason.FieldError("Input.Reason"));

        // The form carries the version the move was decided on (a hidden field): a stale one shows what changed instead.
        var version = referral["version"]!.GetValue<uint>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stale = await web.SubmitAsync($"/Referrals/Move/{referralId}", new() { ["Input.Status"] = "triaged", ["Input.Reason"] = "Decided on an old page.", ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("data-testid=\"changed-meanwhile\"", stale.Body);
        var moved = await web.SubmitAsync($"/Referrals/Move/{referralId}", new() { ["Input.Status"] = "triaged", ["Input.Reason"] = "Stable on arrival, cardiology tomorrow.", ["Input.Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var casePage = await web.GetAsync($"/Pets/{petId}");
        Assert.Contains("Triaged", casePage.Text);
        Assert.Contains("Stable on arrival, cardiology tomorrow.", casePage.Text);
    }

    [Fact]
    public async Task A_stale_plan_edit_shows_the_conflict_keeps_the_users_text_and_versions_compare()
    {
        var (specialist, petId, referralId) = await CaseForNewSpecialistAsync("Pepper");
        using var _ = specialist;
        using var web = await WebSession.LoggedInAsync(stack, specialist);

        var created = await web.SubmitAsync($"/TreatmentPlans/Edit?referral={referralId}", PlanForm("TPLO left stifle", "Rest for six weeks.", 0));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var plan = (await specialist.GetAsync($"/api/treatment-plans?pet={petId}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray().Single()!.AsObject();
        var planId = plan["id"]!.GetValue<string>();
        var readVersion = plan["version"]!.GetValue<uint>();

        // Someone else saves first; the edit still carries the version read before.
        var theirs = (await specialist.PatchAsync($"/api/treatment-plans/{planId}", new { clientInstructions = "Cage rest, then lead walks.", version = readVersion })).Expect(HttpStatusCode.OK);
        var stale = await web.SubmitAsync($"/TreatmentPlans/Edit/{planId}", PlanForm("TPLO left stifle", "My carefully written instructions.", readVersion));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this plan", stale.Text);
        Assert.Contains("My carefully written instructions.", stale.Text);
        Assert.Contains("data-testid=\"conflict\"", stale.Body);
        Assert.Contains("Cage rest, then lead walks.", stale.Text);

        var empty = await web.SubmitAsync($"/TreatmentPlans/Edit/{planId}", PlanForm("", "x", theirs.Version));
        Assert.Contains("required", empty.FieldError("Input.PlanTitle"));

        var compare = await web.GetAsync($"/TreatmentPlans/Compare/{planId}?from=1&to=2");
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Contains("Rest for six weeks.", compare.Text);
        Assert.Contains("Cage rest, then lead walks.", compare.Text);
        Assert.Contains("class=\"changed\"", compare.Body);
    }

    [Fact]
    public async Task Client_care_logs_a_call_without_seeing_clinical_notes()
    {
        var (specialist, petId, referralId) = await CaseForNewSpecialistAsync("Pickle");
        using var _ = specialist;
        await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(petId, referralId));
        using var clientCare = await api.NewUserAsync("clientCare");
        using var web = await WebSession.LoggedInAsync(stack, clientCare);

        var casePage = await web.GetAsync($"/Pets/{petId}");
        Assert.Equal(HttpStatusCode.OK, casePage.StatusCode);
        Assert.Contains("MMVD B2 management", casePage.Text);
        Assert.Contains("Count resting breaths nightly.", casePage.Text);
        Assert.DoesNotContain("LA:Ao", casePage.Text);
        Assert.DoesNotContain("Pimobendan", casePage.Text);

        Dictionary<string, string> Call(string summary) => new() { ["pet"] = petId, ["Input.InteractionType"] = "call", ["Input.Summary"] = summary, ["Input.FollowUpNeeded"] = "true" };
        var empty = await web.SubmitAsync($"/Interactions/New?pet={petId}", Call(""));
        Assert.Contains("Summary is required", empty.FieldError("Input.Summary"));

        var logged = await web.SubmitAsync($"/Interactions/New?pet={petId}", Call("Owner asked about appetite; advised small meals."));
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var calls = await web.GetAsync($"/Pets/{petId}?type=call");
        Assert.Contains("Owner asked about appetite; advised small meals.", calls.Text);
        Assert.Contains("Follow-up needed", calls.Text);
        Assert.DoesNotContain("Owner asked about appetite", (await web.GetAsync($"/Pets/{petId}?type=email")).Text);
        Assert.Contains("Owner asked about appetite", (await web.GetAsync("/")).Text); // follow-ups needed, on the home page
    }

    [Fact]
    public async Task A_case_out_of_reach_is_a_404_page()
    {
        var (specialist, petId, _) = await CaseForNewSpecialistAsync("Hidden");
        specialist.Dispose();
        using var otherSpecialist = await api.NewUserAsync("specialist");
        using var web = await WebSession.LoggedInAsync(stack, otherSpecialist);
        var response = await web.GetAsync($"/Pets/{petId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"error-page\"", response.Body);
        Assert.DoesNotContain("Hidden", response.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await web.GetAsync("/no-such-page")).StatusCode);
    }

    [Fact]
    public async Task The_specialist_home_lists_my_cases_and_overdue_and_due_soon_reviews()
    {
        var (specialist, petId, referralId) = await CaseForNewSpecialistAsync("Rolo");
        using var _ = specialist;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (title, days) in new[] { ("Overdue recheck", -3), ("Suture removal", 3), ("Cardiology in 3 months", 90) })
        {
            await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", PlanBody(petId, referralId, title, today.AddDays(days)));
        }
        using var web = await WebSession.LoggedInAsync(stack, specialist);

        var home = (await web.GetAsync("/")).Text;
        var reviews = Section(home, "reviews");
        Assert.Contains("Rolo", Section(home, "my-cases"));
        Assert.True(reviews.IndexOf("Overdue recheck", StringComparison.Ordinal) < reviews.IndexOf("Suture removal", StringComparison.Ordinal));
        Assert.DoesNotContain("Cardiology in 3 months", reviews);
    }

    [Fact]
    public async Task The_pet_pipeline_searches_and_pages_with_the_cursor()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var admin = await api.AdminAsync();
        var token = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 27; i++) await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"Pip {token} {i:00}"));
        using var web = await WebSession.AdminAsync(stack);

        var first = await web.GetAsync($"/Pets?q={token}");
        Assert.Equal(25, Regex.Matches(first.Text, $"Pip {token}").Count);
        var nextLink = Regex.Match(first.Body, "<a[^>]*rel=\"next\"[^>]*>").Value;
        var next = WebUtility.HtmlDecode(Regex.Match(nextLink, "href=\"([^\"]+)\"").Groups[1].Value);
        Assert.Contains("cursor=", next);
        Assert.Equal(2, Regex.Matches((await web.GetAsync(next)).Text, $"Pip {token}").Count);
        Assert.Contains("No pet matches", (await web.GetAsync($"/Pets?q=nothing-{token}")).Text);
    }

    [Fact]
    public async Task The_audit_log_filters_by_actor_and_action_and_is_admin_only()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var admin = await WebSession.AdminAsync(stack);
        var audit = await admin.GetAsync($"/Admin/Audit?Filter.Actor={coordinator.UserName}&Filter.Action=login");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Contains($"{coordinator.UserName} logged in", audit.Text);
        Assert.DoesNotContain("signed up", audit.Text);
        Assert.Contains("No user is named", (await admin.GetAsync("/Admin/Audit?Filter.Actor=nobody-at-all")).Text);
        // The entity choices are the API's: the day's records are offered too.
        Assert.Contains("<option value=\"appointment\">", audit.Text);
        Assert.Contains("<option value=\"task\">", audit.Text);

        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        var refused = await web.GetAsync("/Admin/Audit");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Error/403", refused.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_calendar_day_beyond_its_range_leads_to_today_with_a_message_and_the_audit_log_runs_to_the_last_day()
    {
        using var web = await WebSession.AdminAsync(stack);
        foreach (var day in new[] { "0001-01-01", "9999-12-31" })
        {
            var refused = await web.GetAsync($"/Calendar?view=week&date={day}");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.DoesNotContain(day, refused.Location!.OriginalString);
            var today = await web.GetAsync(refused.Location.OriginalString);
            Assert.Equal(HttpStatusCode.OK, today.StatusCode);
            Assert.Contains($"There is no calendar for {day}: it shows days from 1900-01-01 to 9998-12-31.", today.Text);
        }
        var untilTheEnd = await web.GetAsync("/Admin/Audit?Filter.To=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, untilTheEnd.StatusCode);
        Assert.Contains("login", untilTheEnd.Text);
    }

    [Fact]
    public async Task Every_link_on_the_main_pages_leads_somewhere()
    {
        var (specialist, petId, referralId) = await CaseForNewSpecialistAsync("Linky");
        using var _ = specialist;
        var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(petId, referralId))).Expect(HttpStatusCode.Created);
        (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { planTitle = "Linked plan, revised", version = plan.Version })).Expect(HttpStatusCode.OK);
        using var web = await WebSession.AdminAsync(stack);

        var checkedLinks = new HashSet<string>();
        foreach (var page in new[] { "/", "/Pets", $"/Pets/{petId}", "/Admin/Users", "/Admin/Audit", "/Referrals/New", "/Pets/New" })
        {
            foreach (Match link in Regex.Matches((await web.GetAsync(page)).Body, "href=\"(/[^\"#]*)"))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.StartsWith("/css/", StringComparison.Ordinal) || !checkedLinks.Add(href)) continue;
                var response = await web.GetAsync(href);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{href} (linked from {page}) answered {(int)response.StatusCode}");
            }
        }
        Assert.Contains($"/TreatmentPlans/Edit?referral={referralId}", checkedLinks);
        Assert.Contains($"/TreatmentPlans/Edit/{plan.Id}", checkedLinks);
    }

    /// <summary>A new specialist (the caller disposes it) with a pet and an open referral the admin took in.</summary>
    private async Task<(ApiClient Specialist, string PetId, string ReferralId)> CaseForNewSpecialistAsync(string petName)
    {
        var specialist = await api.NewUserAsync("specialist");
        using var admin = await api.AdminAsync();
        var petId = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, petName));
        var referralId = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(petId));
        return (specialist, petId, referralId);
    }

    private static object PlanBody(string petId, string referralId, string title, DateOnly nextReview) => new
    {
        planTitle = title, pet = new { id = petId }, referral = new { id = referralId }, diagnosisNotes = "Recheck.", planStatus = "active",
        nextReviewDate = nextReview.ToString("yyyy-MM-dd"), clientInstructions = "Bring the medication list.",
    };

    private static Dictionary<string, string> PlanForm(string title, string clientInstructions, uint version) => new()
    {
        ["Input.PlanTitle"] = title, ["Input.PlanStatus"] = "active", ["Input.NextReviewDate"] = DateTime.UtcNow.AddDays(42).ToString("yyyy-MM-dd"),
        ["Input.DiagnosisNotes"] = "Cranial cruciate ligament rupture.", ["Input.MedicationNotes"] = "Meloxicam.", ["Input.ClientInstructions"] = clientInstructions,
        ["Input.Version"] = version.ToString(),
    };

    /// <summary>The text of one dashboard panel, from its data-testid to the next panel.</summary>
    private static string Section(string page, string testId)
    {
        var start = page.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} section on the page");
        var end = page.IndexOf("<section", start, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }
}
