using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class AccountTests(AppServer app)
{
    [Fact]
    public async Task SignedOutVisit_LandsOnSignIn_AndReturnsToThePageAfterSigningIn()
    {
        var page = await app.NewPageAsync(account: null);
        await page.GotoAsync("/meetings/2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await AppServer.SignInAsync(page, DemoAccounts.Viewer);

        await page.WaitForURLAsync(url => url.EndsWith("/meetings/2", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Holding to account – Domestic Abuse", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ChiefOfficer_SigningIn_LandsOnMyActions_ButAReturnUrlStillWins()
    {
        var page = await app.NewPageAsync(account: null);
        await page.GotoAsync("/account/sign-in");
        await AppServer.SignInAsync(page, DemoAccounts.ChiefOfficer);
        await page.WaitForURLAsync(url => url.EndsWith("/my-actions", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My actions", Level = 1 })).ToBeVisibleAsync();

        var returning = await app.NewPageAsync(account: null);
        await returning.GotoAsync("/meetings/2");
        await AppServer.SignInAsync(returning, DemoAccounts.ChiefOfficer);
        await returning.WaitForURLAsync(url => url.EndsWith("/meetings/2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Viewer_ReadsTheMinutes_ButHasNoEditingControlsAndNoUsersPage()
    {
        var page = await app.OpenAsync("/meetings/2", DemoAccounts.Viewer);
        await Expect(page.Locator("table.attendance-table tbody tr")).ToHaveCountAsync(6);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit the minutes" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit meeting details" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot open this page" })).ToBeVisibleAsync();
        await Expect(page.Locator("table.users-table")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ChiefOfficer_UpdatesAnActionTheyOwnThroughTheirPost_ButCannotCloseIt_OrTouchOthers()
    {
        // AT-0011-1 is owned by the post CC, which Richard Cooper holds (acting) in the demo data.
        var page = await app.OpenAsync("/actions/20", DemoAccounts.ChiefOfficer);
        var tasks = page.Locator(".action-tasks");
        await Expect(tasks.GetByRole(AriaRole.Button, new() { Name = "Report progress" })).ToBeVisibleAsync();
        await Expect(tasks.GetByRole(AriaRole.Button, new() { Name = "Mark completed", Exact = true })).ToBeVisibleAsync();
        await Expect(tasks.GetByRole(AriaRole.Button, new() { Name = "Edit action" })).ToHaveCountAsync(0);
        await Expect(tasks.GetByRole(AriaRole.Button, new() { Name = "Defer" })).ToHaveCountAsync(0);
        await tasks.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        // Completion is offered only with evidence ("Mark completed"), never as a bare status.
        await Expect(dialog.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "In progress" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Expect(page.Locator(".action-facts")).ToContainTextAsync("In progress");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Richard Cooper");

        // AT-0009-1 belongs to the ACC: the server refuses, whatever the page offered, and the dialog says why.
        await AppServer.GoToAsync(page, "/actions/14");
        await tasks.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("You can only update actions you own");
        await Expect(page.Locator(".action-facts")).ToContainTextAsync("Open");
    }

    [Fact]
    public async Task Chair_RecordsTheAssuranceVerdict_WhichTheMinutesShow_AndTheSecretariatCannot()
    {
        var chair = await app.OpenAsync("/meetings/12", DemoAccounts.Chair);
        await chair.GetByLabel("Verdict", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Partially assured" });
        await chair.GetByLabel("Reasons and what the force still needs to show").FillAsync("Repeat victim data to come back in three months.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record verdict" }).ClickAsync();
        await Expect(chair.Locator(".verdict")).ToContainTextAsync("Partially assured — Repeat victim data to come back in three months.");

        var secretariat = await app.OpenAsync("/meetings/12");
        await Expect(secretariat.Locator(".verdict")).ToContainTextAsync("Partially assured");
        await Expect(secretariat.GetByRole(AriaRole.Heading, new() { Name = "Edit the minutes" })).ToBeVisibleAsync();
        await Expect(secretariat.GetByRole(AriaRole.Button, new() { Name = "Record verdict" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Administrator_AddsAChiefOfficer_WhoCanThenSignIn()
    {
        var admin = await app.OpenAsync("/admin/users", DemoAccounts.Administrator);
        await admin.GetByLabel("Email").FillAsync("julian.moss@force.example");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Julian Moss");
        await admin.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Chief officer" });
        await admin.GetByLabel("First password").FillAsync("a long first password");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(admin.Locator(".validation-message")).ToContainTextAsync("Link a chief officer to their person record");

        await admin.GetByLabel("Person record").SelectOptionAsync(new SelectOptionValue { Label = "Julian Moss" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(admin.Locator("table.users-table")).ToContainTextAsync("julian.moss@force.example");

        var julian = await app.NewPageAsync(account: null);
        await julian.GotoAsync("/account/sign-in");
        await AppServer.SignInAsync(julian, "julian.moss@force.example", "a long first password");
        await julian.WaitForURLAsync(url => url.EndsWith("/my-actions", StringComparison.Ordinal));
        await Expect(julian.Locator(".user-name")).ToContainTextAsync("Julian Moss");
        await Expect(julian.Locator(".user-roles")).ToHaveTextAsync("Chief officer");
    }

    [Fact]
    public async Task FiveFailedSignIns_LockTheAccount_EvenAgainstTheRightPassword_SayingNoMoreThanToAnUnknownAddress()
    {
        const string email = "locked.out@opcc.example";
        await CreateViewerAsync(email, "the right password");

        var page = await app.NewPageAsync(account: null);
        await page.GotoAsync("/account/sign-in");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await AppServer.SignInAsync(page, email, $"wrong password {attempt}");
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await AppServer.SignInAsync(page, email, "the right password");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        var lockedOut = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        // The locked account's answer is word for word the answer for an address with no account at all.
        await AppServer.SignInAsync(page, "nobody.here@opcc.example", "any password at all");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(lockedOut);
        Assert.Contains("locked", lockedOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndPagesAskForSignInAgain()
    {
        var page = await app.OpenAsync("/meetings", DemoAccounts.Viewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GotoAsync("/actions");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ChangePassword_NewPasswordWorks_OldOneNoLonger()
    {
        const string email = "password.change@opcc.example";
        await CreateViewerAsync(email, "the first long password");
        var page = await app.NewPageAsync(account: null);
        await page.GotoAsync("/account/password");
        await AppServer.SignInAsync(page, email, "the first long password");

        await page.GetByLabel("Current password").FillAsync("the first long password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("a second, longer password");
        await page.GetByLabel("New password again").FillAsync("a second, longer password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.Locator(".form-success[role=status]")).ToContainTextAsync("Your password has been changed.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await AppServer.SignInAsync(page, email, "the first long password");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not right");
        await AppServer.SignInAsync(page, email, "a second, longer password");
        await Expect(page.Locator(".user-name")).ToContainTextAsync("Password Test");
    }

    private async Task CreateViewerAsync(string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Password Test" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Viewer)).Succeeded);
    }
}
