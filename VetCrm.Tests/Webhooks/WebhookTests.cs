using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Webhooks;

/// <summary>Webhooks end to end: an admin subscribes a receiver started here; changes arrive signed; failures are retried and visible.</summary>
[Collection("stack")]
public sealed class WebhookTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_referral_status_change_arrives_signed_with_the_record_and_a_tampered_body_fails_the_check()
    {
        using var receiver = new WebhookReceiver();
        using var admin = await api.NewUserAsync("admin");
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var subscription = (await admin.PostAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "referral.changed" } })).Expect(HttpStatusCode.Created).Object;
        var secret = subscription["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret);
        try
        {
            var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
            var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
            (await coordinator.MoveAsync("referrals", referral, "triaged", "history in")).Expect(HttpStatusCode.OK);

            var received = await Poll.UntilAsync(() => Task.FromResult(receiver.Requests.FirstOrDefault(r => r.Body.Contains(referral))), r => r is not null, "the webhook");
            var body = JsonNode.Parse(received!.Body)!;
            Assert.Equal("referral.changed", body["type"]!.GetValue<string>());
            Assert.Equal("referral.changed", received.EventType);
            Assert.Equal(referral, body["entityId"]!.GetValue<string>());
            Assert.Equal(pet, body["petId"]!.GetValue<string>());
            Assert.Equal("triaged", body["record"]!["status"]!.GetValue<string>());
            Assert.Equal(pet, body["record"]!["pet"]!["id"]!.GetValue<string>());
            // Only the subscribed type: the referral's creation is not sent.
            Assert.DoesNotContain(receiver.Requests, r => r.EventType != "referral.changed");

            Assert.True(WebhookReceiver.Verify(secret, received.Signature, received.Body), received.Signature);
            Assert.False(WebhookReceiver.Verify(secret, received.Signature, received.Body.Replace("triaged", "closed")));
            Assert.False(WebhookReceiver.Verify("whsec_someone-elses-secret", received.Signature, received.Body));
            var sentAt = long.Parse(received.Signature!.Split(',')[0]["t=".Length..]);
            Assert.InRange(sentAt, DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());

            // The dispatcher records the outcome after the receiver has answered, so the delivery may still read pending for a moment.
            var delivery = await Poll.UntilAsync(
                async () => (await admin.GetAsync($"/api/webhooks/{subscription["id"]}/deliveries")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray()
                    .Single(d => d!["entityId"]!.GetValue<string>() == referral)!,
                d => d["status"]!.GetValue<string>() != "pending", "the delivery's outcome");
            Assert.Equal("succeeded", delivery["status"]!.GetValue<string>());
            Assert.Equal(1, delivery["attempts"]!.GetValue<int>());
            Assert.Equal(204, delivery["lastResponseCode"]!.GetValue<int>());
        }
        finally
        {
            (await admin.SendAsync(HttpMethod.Delete, $"/api/webhooks/{subscription["id"]}", null)).Expect(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_backoff_and_the_delivery_shows_it()
    {
        using var receiver = new WebhookReceiver(HttpStatusCode.InternalServerError);
        using var admin = await api.NewUserAsync("admin");
        var subscription = (await admin.PostAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "referral.created" }, secret = "a-secret-we-chose-ourselves" }))
            .Expect(HttpStatusCode.Created).Object;
        var id = subscription["id"]!.GetValue<string>();
        try
        {
            var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody((await api.NewUserAsync("specialist")).UserId));
            var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));

            var retried = await Poll.UntilAsync(async () => (await admin.GetAsync($"/api/webhooks/{id}/deliveries")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray()
                .FirstOrDefault(d => d!["entityId"]!.GetValue<string>() == referral), d => d?["attempts"]!.GetValue<int>() >= 3, "three attempts");
            Assert.Equal("pending", retried!["status"]!.GetValue<string>());
            Assert.Equal(500, retried["lastResponseCode"]!.GetValue<int>());
            Assert.Contains("500", retried["lastError"]!.GetValue<string>());
            // Exponential backoff: after attempt n failed, the next one waits 2 s × 2^(n-1) (the default first delay), counted
            // from the failure, so from the attempt's start that pause plus the time the receiver took to answer.
            var scheduledWait = DateTimeOffset.Parse(retried["nextAttemptAt"]!.GetValue<string>()) - DateTimeOffset.Parse(retried["lastAttemptAt"]!.GetValue<string>());
            var pause = TimeSpan.FromSeconds(2 * Math.Pow(2, retried["attempts"]!.GetValue<int>() - 1));
            Assert.InRange(scheduledWait, pause, pause + TimeSpan.FromSeconds(10));
            var attempts = receiver.Requests.Where(r => r.Body.Contains(referral)).Select(r => r.At).ToList();
            Assert.True(attempts.Count >= 3);
            Assert.All(receiver.Requests, r => Assert.True(WebhookReceiver.Verify("a-secret-we-chose-ourselves", r.Signature, r.Body)));
            // And the receiver saw it: an attempt arrives after the previous one was answered, so at least the whole pause later.
            var seen = string.Join(", ", attempts.Select(a => a.ToString("O")));
            Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(2), seen);
            Assert.True(attempts[2] - attempts[1] >= TimeSpan.FromSeconds(4), seen);

            receiver.Answer = HttpStatusCode.OK;
            (await admin.PostAsync($"/api/webhooks/{id}/deliveries/{retried["id"]}/redeliver")).Expect(HttpStatusCode.OK);
            var delivered = await Poll.UntilAsync(async () => (await admin.GetAsync($"/api/webhooks/{id}/deliveries?status=succeeded")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray()
                .FirstOrDefault(d => d!["id"]!.GetValue<string>() == retried["id"]!.GetValue<string>()), d => d is not null, "the redelivery");
            Assert.Equal(200, delivered!["lastResponseCode"]!.GetValue<int>());
        }
        finally
        {
            (await admin.SendAsync(HttpMethod.Delete, $"/api/webhooks/{id}", null)).Expect(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Only_admins_manage_webhooks_bad_input_names_the_field_and_secrets_are_stored_encrypted()
    {
        using var admin = await api.NewUserAsync("admin");
        foreach (var role in new[] { "coordinator", "specialist", "clientCare" })
        {
            using var user = await api.NewUserAsync(role);
            (await user.GetAsync("/api/webhooks")).Expect(HttpStatusCode.Forbidden);
            (await user.PostAsync("/api/webhooks", new { url = "https://example.test/hook", eventTypes = new[] { "referral.changed" } })).Expect(HttpStatusCode.Forbidden);
        }
        using var anonymous = api.Anonymous();
        (await anonymous.GetAsync("/api/webhooks")).Expect(HttpStatusCode.Unauthorized);

        var ftp = (await admin.PostAsync("/api/webhooks", new { url = "ftp://example.test/hook", eventTypes = new[] { "referral.changed" } })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(ftp.ErrorsFor("url"));
        var script = (await admin.PostAsync("/api/webhooks", new { url = "javascript:alert(1)", eventTypes = new[] { "referral.changed" } })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(script.ErrorsFor("url"));
        var types = (await admin.PostAsync("/api/webhooks", new { url = "https://example.test/hook", eventTypes = new[] { "referral.deleted" } })).Expect(HttpStatusCode.BadRequest);
        Assert.Contains("referral.deleted", types.ErrorsFor("eventTypes").Single());
        var shortSecret = (await admin.PostAsync("/api/webhooks", new { url = "https://example.test/hook", eventTypes = new[] { "plan.changed" }, secret = "short" })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(shortSecret.ErrorsFor("secret"));

        var created = (await admin.PostAsync("/api/webhooks", new { url = "https://example.test/hook", eventTypes = new[] { "plan.changed" }, active = false })).Expect(HttpStatusCode.Created);
        var secret = created.Object["secret"]!.GetValue<string>();
        try
        {
            var read = (await admin.GetAsync($"/api/webhooks/{created.Id}")).Expect(HttpStatusCode.OK).Object;
            Assert.False(read.ContainsKey("secret"));
            Assert.False(read["active"]!.GetValue<bool>());
            var stored = await api.ScalarAsync<string>("SELECT protected_secret FROM webhook_subscriptions WHERE id = @id", ("id", Guid.Parse(created.Id)));
            Assert.DoesNotContain(secret, stored!);
            Assert.DoesNotContain(secret["whsec_".Length..], stored!);
        }
        finally
        {
            (await admin.SendAsync(HttpMethod.Delete, $"/api/webhooks/{created.Id}", null)).Expect(HttpStatusCode.NoContent);
        }
        (await admin.GetAsync($"/api/webhooks/{created.Id}")).Expect(HttpStatusCode.NotFound);
    }
}
