using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.People;
using Bunit;

namespace ActionTracker.Tests.Features.ActionItems.Pages;

/// <summary>The owner picker on its own: posts with their holder, people and named bodies, added once, removed by name.</summary>
public sealed class OwnerPickerTests : AppBunitContext
{
    private static readonly OwnerOptions Options = new(
        [new PostOption(7, "CC", "Chief Constable", "Anthony Bangham")],
        [new PersonOption(3, "John Campion"), new PersonOption(4, "Sam Pyper")]);

    [Fact]
    public async Task AddPostPersonAndBody_ListsEachByName_InTheFormsList_AndTellsTheForm()
    {
        var owners = new List<OwnerChoice>();
        var changes = 0;
        var picker = Render<OwnerPicker>(p => p.Add(c => c.Owners, owners).Add(c => c.Options, Options).Add(c => c.IdPrefix, "raise")
            .Add(c => c.OnChanged, () => changes++));

        await picker.Find("#raise-owner").ChangeAsync(new() { Value = "post:7" });
        await ClickAsync(picker, "Add owner");
        await picker.Find("#raise-owner").ChangeAsync(new() { Value = "person:4" });
        await ClickAsync(picker, "Add owner");
        await picker.Find(".owner-body input").InputAsync(new() { Value = "  the CRB " });
        await ClickAsync(picker, "Add body");

        Assert.Equal([OwnerChoice.Post(7), OwnerChoice.Person(4), OwnerChoice.Body("the CRB")], owners);
        Assert.Equal(3, changes);
        Assert.Equal(["CC – Chief Constable (Anthony Bangham)", "Sam Pyper", "the CRB"],
            picker.FindAll(".owner-list li").Select(li => li.FirstChild!.TextContent.Trim()));
        Assert.Equal("Choose…", picker.Find("#raise-owner option:checked")?.TextContent ?? "Choose…");
    }

    [Fact]
    public async Task AddTheSameOwnerTwice_ListsItOnce_AndRemoveByItsLabelledButton()
    {
        var owners = new List<OwnerChoice> { OwnerChoice.Person(3) };
        var picker = Render<OwnerPicker>(p => p.Add(c => c.Owners, owners).Add(c => c.Options, Options).Add(c => c.IdPrefix, "edit"));

        await picker.Find("#edit-owner").ChangeAsync(new() { Value = "person:3" });
        await ClickAsync(picker, "Add owner");
        Assert.Single(owners);

        await picker.Find("button[aria-label='Remove owner John Campion']").ClickAsync(new());

        Assert.Empty(owners);
        Assert.Contains("No owner chosen yet.", picker.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_HaveAccessibleNames_InAFieldsetLegendedOwners()
    {
        var picker = Render<OwnerPicker>(p => p.Add(c => c.Owners, []).Add(c => c.Options, Options).Add(c => c.IdPrefix, "raise"));

        Assert.Equal("Owners", picker.Find("fieldset > legend").TextContent.Trim());
        Assert.Equal("Person or post", picker.Find("label[for='raise-owner']").TextContent.Trim());
        var body = picker.Find(".owner-body input");
        Assert.Equal("Or a named body", picker.Find($"label[for='{body.Id}']").TextContent.Trim());
    }

    private static Task ClickAsync(IRenderedComponent<OwnerPicker> picker, string text) =>
        picker.FindAll("button").Single(b => b.TextContent.Trim() == text).ClickAsync(new());
}
