using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Web;

/// <summary>Every page and form of VetCrm.Web over real HTTP against the running stack, error paths included.</summary>
[Collection("stack")]
public sealed class WebPageTests(StackFixture stack)
{
    private readonly StaffAccounts accounts = new(stack);

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
            ["Input.FullName"] = "Robin Newcomer", ["Input.Username"] = username, ["Input.Email"] = $"{username}@example.test", ["Input.Password"] = StaffAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signup.StatusCode);
        var waiting = await newcomer.GetAsync("/");
        Assert.Contains("data-testid=\"awaiting-role\"", waiting.Body);

        using var admin = await WebSession.LoggedInAsync(stack, new StaffAccount(Guid.Empty, "admin", stack.AdminPassword, "admin", "admin"));
        var users = await admin.GetAsync("/Admin/Users?role=none");
        Assert.Contains($"data-username=\"{username}\"", users.Body);
        var userId = System.Text.RegularExpressions.Regex.Match(users.Body, $"data-username=\"{username}\">.*?name=\"userId\" value=\"([0-9a-f-]+)\"", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var grant = await admin.SubmitAsync("/Admin/Users?role=none", new() { ["userId"] = userId, ["newRole"] = "clientCare" }, "?handler=Role");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);

        // The next request of the newcomer already carries the role: the session is checked against the API each time.
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
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_logout_ends_the_session()
    {
        var coordinator = await accounts.CreateAsync("coordinator");
        using var web = new WebSession(stack);
        var wrong = await web.SubmitAsync("/Account/Login", new() { ["Input.Username"] = coordinator.Username, ["Input.Password"] = "not-the-password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Wrong user name or password", wrong.Text);

        using var session = await WebSession.LoggedInAsync(stack, coordinator);
        Assert.Contains(coordinator.FullName, (await session.GetAsync("/")).Text);
        var logout = await session.SubmitAsync("/", [], "/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/Pets")).StatusCode);
    }

    [Fact]
    public async Task A_session_the_api_no_longer_accepts_sends_the_user_back_to_login()
    {
        var specialist = await accounts.CreateAsync("specialist");
        using var web = await WebSession.LoggedInAsync(stack, specialist);
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("/Pets")).StatusCode);

        // Logging out through the API elsewhere voids every token of the user, the web session's included.
        using var elsewhere = await accounts.ApiAsAsync(specialist);
        Assert.Equal(HttpStatusCode.NoContent, (await elsewhere.PostAsync("/api/auth/logout", null)).StatusCode);

        var response = await web.GetAsync("/Pets");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Every_link_on_the_main_pages_leads_somewhere()
    {
        var (specialist, petId, referralId) = await CaseForSpecialistAsync("Linky");
        using (var specialistApi = await accounts.ApiAsAsync(specialist))
        {
            var plan = await StaffAccounts.CreatePlanAsync(specialistApi, petId, referralId, "Linked plan", DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"));
            await specialistApi.PatchAsJsonAsync($"/api/treatment-plans/{plan.Id()}", new { planTitle = "Linked plan, revised", version = plan.Version() });
        }
        using var web = await WebSession.LoggedInAsync(stack, new StaffAccount(Guid.Empty, "admin", stack.AdminPassword, "admin", "admin"));
        var checkedLinks = new HashSet<string>();
        foreach (var page in new[] { "/", "/Pets", $"/Pets/{petId}", "/Admin/Users", "/Admin/Audit", "/Referrals/New" })
        {
            var body = (await web.GetAsync(page)).Body;
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(body, "href=\"(/[^\"#]*)"))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.StartsWith("/css/") || !checkedLinks.Add(href)) continue;
                var response = await web.GetAsync(href);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{href} (linked from {page}) answered {(int)response.StatusCode}");
            }
        }
        Assert.Contains($"/TreatmentPlans/Edit?referral={referralId}", checkedLinks);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var coordinator = await accounts.CreateAsync("coordinator");
        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        var forged = await web.PostWithoutTokenAsync("/Pets/New", new() { ["Input.PetName"] = "Forged" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task New_pet_shows_api_validation_next_to_the_field_then_saves_and_leads_to_intake()
    {
        var coordinator = await accounts.CreateAsync("coordinator");
        var specialist = await accounts.CreateAsync("specialist");
        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        var fields = new Dictionary<string, string>
        {
            ["Input.PetName"] = "", ["Input.Species"] = "feline", ["Input.MedicalHistorySummary"] = "Heart murmur grade III/VI.",
            ["Input.OwnerName"] = "Sam Owner", ["Input.OwnerPhone"] = "+44 20 7946 0002", ["Input.AssignedSpecialist"] = specialist.Id.ToString(),
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
        var intake = await web.GetAsync(saved.Location.OriginalString);
        Assert.Contains("Mittens", intake.Text);
    }

    [Fact]
    public async Task Intake_generates_the_number_the_board_shows_it_and_triage_needs_a_reason()
    {
        var coordinator = await accounts.CreateAsync("coordinator");
        var specialist = await accounts.CreateAsync("specialist");
        using var coordinatorApi = await accounts.ApiAsAsync(coordinator);
        var pet = await StaffAccounts.CreatePetAsync(coordinatorApi, specialist, "Biscuit");
        using var web = await WebSession.LoggedInAsync(stack, coordinator);

        var missing = await web.SubmitAsync($"/Referrals/New?pet={pet.Id()}", new() { ["pet"] = pet.Id().ToString(), ["Input.ReferringClinic"] = "Riverside Vets", ["Input.ReferralReason"] = "", ["Input.Priority"] = "emergency", ["Input.AssignedSpecialist"] = specialist.Id.ToString() });
        Assert.Contains("required", missing.FieldError("Input.ReferralReason"));

        var created = await web.SubmitAsync($"/Referrals/New?pet={pet.Id()}", new() { ["pet"] = pet.Id().ToString(), ["Input.ReferringClinic"] = "Riverside Vets", ["Input.ReferralReason"] = "Collapse after exercise.", ["Input.Priority"] = "emergency", ["Input.AssignedSpecialist"] = specialist.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var referrals = await coordinatorApi.GetFromJsonAsync<JsonObject>($"/api/referrals?pet={pet.Id()}");
        var referral = referrals!["items"]!.AsArray().Single()!.AsObject();
        Assert.StartsWith("REF-", referral.Text("referralNumber"));

        var board = await web.GetAsync("/");
        Assert.Contains("data-testid=\"triage-board\"", board.Body);
        Assert.Contains(referral.Text("referralNumber"), board.Body);

        var noReason = await web.SubmitAsync($"/Referrals/Move/{referral.Id()}", new() { ["Input.Status"] = "triaged", ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Reason is required", noReason.FieldError("Input.Reason"));

        var moved = await web.SubmitAsync($"/Referrals/Move/{referral.Id()}", new() { ["Input.Status"] = "triaged", ["Input.Reason"] = "Stable on arrival, cardiology tomorrow." });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var casePage = await web.GetAsync($"/Pets/{pet.Id()}");
        Assert.Contains("Triaged", casePage.Text);
        Assert.Contains("Stable on arrival, cardiology tomorrow.", casePage.Text);
    }

    [Fact]
    public async Task A_stale_plan_edit_shows_the_conflict_keeps_the_users_text_and_versions_compare()
    {
        var (specialist, petId, referralId) = await CaseForSpecialistAsync("Pepper");
        using var specialistApi = await accounts.ApiAsAsync(specialist);
        using var web = await WebSession.LoggedInAsync(stack, specialist);

        var created = await web.SubmitAsync($"/TreatmentPlans/Edit?referral={referralId}", PlanForm("TPLO left stifle", "Rest for six weeks.", 0) );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var plan = (await specialistApi.GetFromJsonAsync<JsonObject>($"/api/treatment-plans?pet={petId}"))!["items"]!.AsArray().Single()!.AsObject();

        // Someone else saves first; the edit still carries the version read before.
        var patch = await specialistApi.PatchAsJsonAsync($"/api/treatment-plans/{plan.Id()}", new { clientInstructions = "Cage rest, then lead walks.", version = plan.Version() });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var stale = await web.SubmitAsync($"/TreatmentPlans/Edit/{plan.Id()}", PlanForm("TPLO left stifle", "My carefully written instructions.", plan.Version()));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this plan", stale.Text);
        Assert.Contains("My carefully written instructions.", stale.Text);
        Assert.Contains("data-testid=\"conflict\"", stale.Body);
        Assert.Contains("Cage rest, then lead walks.", stale.Text);

        var current = (await specialistApi.GetFromJsonAsync<JsonObject>($"/api/treatment-plans/{plan.Id()}"))!;
        var empty = await web.SubmitAsync($"/TreatmentPlans/Edit/{plan.Id()}", PlanForm("", "x", current.Version()));
        Assert.Contains("required", empty.FieldError("Input.PlanTitle"));

        var compare = await web.GetAsync($"/TreatmentPlans/Compare/{plan.Id()}?from=1&to=2");
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Contains("Rest for six weeks.", compare.Text);
        Assert.Contains("Cage rest, then lead walks.", compare.Text);
        Assert.Contains("class=\"changed\"", compare.Body);
    }

    [Fact]
    public async Task Client_care_logs_a_call_without_seeing_clinical_notes()
    {
        var (specialist, petId, referralId) = await CaseForSpecialistAsync("Pickle");
        using var specialistApi = await accounts.ApiAsAsync(specialist);
        await StaffAccounts.CreatePlanAsync(specialistApi, petId, referralId, "Chemotherapy protocol");
        var clientCare = await accounts.CreateAsync("clientCare");
        using var web = await WebSession.LoggedInAsync(stack, clientCare);

        var casePage = await web.GetAsync($"/Pets/{petId}");
        Assert.Equal(HttpStatusCode.OK, casePage.StatusCode);
        Assert.Contains("Chemotherapy protocol", casePage.Text);
        Assert.Contains("Lead walks only", casePage.Text);
        Assert.DoesNotContain("Cranial cruciate ligament rupture", casePage.Text);
        Assert.DoesNotContain("Meloxicam", casePage.Text);

        var empty = await web.SubmitAsync($"/Interactions/New?pet={petId}", new() { ["pet"] = petId.ToString(), ["Input.InteractionType"] = "call", ["Input.Summary"] = "" });
        Assert.Contains("Summary is required", empty.FieldError("Input.Summary"));

        var logged = await web.SubmitAsync($"/Interactions/New?pet={petId}", new() { ["pet"] = petId.ToString(), ["Input.InteractionType"] = "call", ["Input.Summary"] = "Owner asked about appetite; advised small meals.", ["Input.FollowUpNeeded"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var timeline = await web.GetAsync($"/Pets/{petId}?type=call");
        Assert.Contains("Owner asked about appetite; advised small meals.", timeline.Text);
        Assert.Contains("Follow-up needed", timeline.Text);
        Assert.DoesNotContain("Owner asked about appetite", (await web.GetAsync($"/Pets/{petId}?type=email")).Text);
        Assert.Contains("Owner asked about appetite", (await web.GetAsync("/")).Text); // follow-ups needed on the home page
    }

    [Fact]
    public async Task A_case_out_of_reach_is_a_404_page()
    {
        var (_, petId, _) = await CaseForSpecialistAsync("Hidden");
        var otherSpecialist = await accounts.CreateAsync("specialist");
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
        var (specialist, petId, referralId) = await CaseForSpecialistAsync("Rolo");
        using var specialistApi = await accounts.ApiAsAsync(specialist);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await StaffAccounts.CreatePlanAsync(specialistApi, petId, referralId, "Overdue recheck", today.AddDays(-3).ToString("yyyy-MM-dd"));
        await StaffAccounts.CreatePlanAsync(specialistApi, petId, referralId, "Suture removal", today.AddDays(3).ToString("yyyy-MM-dd"));
        await StaffAccounts.CreatePlanAsync(specialistApi, petId, referralId, "Cardiology in 3 months", today.AddDays(90).ToString("yyyy-MM-dd"));
        using var web = await WebSession.LoggedInAsync(stack, specialist);

        var home = (await web.GetAsync("/")).Text;
        var reviews = home[home.IndexOf("data-testid=\"reviews\"", StringComparison.Ordinal)..];
        Assert.Contains("Rolo", home[home.IndexOf("data-testid=\"my-cases\"", StringComparison.Ordinal)..]);
        Assert.True(reviews.IndexOf("Overdue recheck", StringComparison.Ordinal) < reviews.IndexOf("Suture removal", StringComparison.Ordinal));
        Assert.DoesNotContain("Cardiology in 3 months", reviews[..reviews.IndexOf("data-testid=\"follow-ups\"", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task The_pet_pipeline_searches_and_pages_with_the_cursor()
    {
        var specialist = await accounts.CreateAsync("specialist");
        using var admin = await accounts.ApiAsAsync("admin", stack.AdminPassword);
        var token = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 27; i++) await StaffAccounts.CreatePetAsync(admin, specialist, $"Pip {token} {i:00}");
        using var web = await WebSession.LoggedInAsync(stack, new StaffAccount(Guid.Empty, "admin", stack.AdminPassword, "admin", "admin"));

        var first = await web.GetAsync($"/Pets?q={token}");
        Assert.Equal(25, System.Text.RegularExpressions.Regex.Matches(first.Text, $"Pip {token}").Count);
        var nextLink = System.Text.RegularExpressions.Regex.Match(first.Body, "<a[^>]*rel=\"next\"[^>]*>").Value;
        var next = System.Text.RegularExpressions.Regex.Match(nextLink, "href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("cursor=", next);
        var second = await web.GetAsync(WebUtility.HtmlDecode(next));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(second.Text, $"Pip {token}").Count);
        Assert.Contains("No pet matches", (await web.GetAsync($"/Pets?q=nothing-{token}")).Text);
    }

    [Fact]
    public async Task The_audit_log_filters_by_actor_and_action_and_is_admin_only()
    {
        var coordinator = await accounts.CreateAsync("coordinator");
        using (await accounts.ApiAsAsync(coordinator)) { }
        using var admin = await WebSession.LoggedInAsync(stack, new StaffAccount(Guid.Empty, "admin", stack.AdminPassword, "admin", "admin"));
        var audit = await admin.GetAsync($"/Admin/Audit?Filter.Actor={coordinator.Username}&Filter.Action=login");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Contains($"{coordinator.Username} logged in", audit.Text);
        Assert.Contains("No user is named", (await admin.GetAsync("/Admin/Audit?Filter.Actor=nobody-at-all")).Text);

        using var web = await WebSession.LoggedInAsync(stack, coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await web.GetAsync("/Admin/Audit")).StatusCode); // to the 403 page
    }

    private async Task<(StaffAccount Specialist, Guid PetId, Guid ReferralId)> CaseForSpecialistAsync(string petName)
    {
        var specialist = await accounts.CreateAsync("specialist");
        using var admin = await accounts.ApiAsAsync("admin", stack.AdminPassword);
        var pet = await StaffAccounts.CreatePetAsync(admin, specialist, petName);
        var referral = await StaffAccounts.CreateReferralAsync(admin, pet.Id());
        return (specialist, pet.Id(), referral.Id());
    }

    private static Dictionary<string, string> PlanForm(string title, string clientInstructions, uint version) => new()
    {
        ["Input.PlanTitle"] = title, ["Input.PlanStatus"] = "active", ["Input.NextReviewDate"] = DateTime.UtcNow.AddDays(42).ToString("yyyy-MM-dd"),
        ["Input.DiagnosisNotes"] = "Cranial cruciate ligament rupture.", ["Input.MedicationNotes"] = "Meloxicam.", ["Input.ClientInstructions"] = clientInstructions,
        ["Input.Version"] = version.ToString(),
    };
}
