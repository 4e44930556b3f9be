using System.Net;
using Microsoft.Playwright;
using VetCrm.Data.Seeding;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Messaging;

/// <summary>Secure messaging in real browsers: a coordinator on a phone-sized screen and the case's specialist at a desk.</summary>
[Collection("stack")]
public sealed class MessagingBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Live = new() { Timeout = 30_000 };

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_message_with_a_pdf_is_downloaded_by_its_recipient_and_the_sender_sees_the_read_receipt_live()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Pepper"));
        var pdf = MinimalPdf.Create("Echocardiogram report", "LA:Ao 1.9, LVIDDn 1.8");
        var file = Path.Combine(Path.GetTempPath(), $"echo-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var web = stack.App.GetEndpoint("web");

        // The coordinator starts a thread from the case page at 390 px and replies with the PDF.
        var sender = await browser.LogInAsync(web, coordinator.UserName, ApiFixtureHelpers.Password, width: 390, height: 844);
        await sender.GotoAsync($"/Pets/{pet}");
        await sender.GetByTestId("case-messages").GetByTestId("start-thread").ClickAsync();
        await sender.GetByLabel("Subject").FillAsync("Echo <b>before</b> Thursday?");
        await sender.Locator($"input[name='Input.Participants'][value='{specialist.UserId}']").CheckAsync();
        await sender.GetByLabel("Message").FillAsync("Could you read the echo before the recheck?");
        await sender.GetByRole(AriaRole.Button, new() { Name = "Start thread", Exact = true }).ClickAsync();
        await Expect(sender.GetByTestId("thread-subject")).ToHaveTextAsync("Echo <b>before</b> Thursday?");
        await sender.GetByLabel("Message").FillAsync("Report attached.");
        await sender.Locator("#attachments").SetInputFilesAsync(file);
        await sender.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        var reply = sender.GetByTestId("message").Filter(new() { HasText = "Report attached." });
        await Expect(reply.GetByTestId("attachment-link")).ToHaveTextAsync(Path.GetFileName(file));
        await Expect(reply.GetByTestId("receipt")).ToContainTextAsync("Not yet seen by");
        Assert.Equal(0, await sender.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        await BrowserFixture.ScreenshotAsync(sender, "messages-thread-390");

        // The specialist finds the thread unread in the inbox, opens it and downloads the PDF through the web.
        var recipient = await browser.LogInAsync(web, specialist.UserName, ApiFixtureHelpers.Password);
        await recipient.GotoAsync("/Messages");
        var row = recipient.GetByTestId("thread-row").Filter(new() { HasText = "Echo <b>before</b> Thursday?" });
        await Expect(row.GetByTestId("thread-unread")).ToHaveTextAsync("2 unread");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        var download = await recipient.RunAndWaitForDownloadAsync(() =>
            recipient.GetByTestId("message").Filter(new() { HasText = "Report attached." }).GetByTestId("attachment-link").ClickAsync());
        Assert.Equal(Path.GetFileName(file), download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(await download.PathAsync()));

        // The sender's open page shows the receipt without a reload.
        await Expect(reply.GetByTestId("receipt")).ToContainTextAsync("Read by Test specialist", Live);
        using var admin = await api.AdminAsync();
        var audit = (await admin.GetAsync($"/api/audit?entityType=messageAttachment&actor={specialist.UserId}")).Expect(HttpStatusCode.OK);
        Assert.Single(audit.Object["items"]!.AsArray());
        File.Delete(file);
    }
}
