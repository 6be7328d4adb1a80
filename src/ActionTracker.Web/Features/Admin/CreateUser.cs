using ActionTracker.Web.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

using ActionTracker.Web.Features.Account;

namespace ActionTracker.Web.Features.Admin;

public sealed class CreateUser
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.Viewer;
    public int? PersonId { get; set; }
    public string Password { get; set; } = "";
}

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(IDbContextFactory<AppDbContext> dbFactory)
    {
        RuleFor(u => u.Email).NotEmpty().WithMessage("Enter the person's work email.")
            .EmailAddress().WithMessage("Enter an email address, like name@example.org.")
            .MaximumLength(FieldLimits.Name).WithMessage($"The email must be {FieldLimits.Name} characters or fewer.");
        RuleFor(u => u.Email).MustAsync(async (email, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var normalised = email.Trim().ToUpperInvariant();
            return !await db.Users.AnyAsync(u => u.NormalizedEmail == normalised, ct);
        }).When(u => !string.IsNullOrWhiteSpace(u.Email)).WithMessage("There is already an account with that email.");
        RuleFor(u => u.DisplayName).NotEmpty().WithMessage("Enter the name to show for this account.")
            .MaximumLength(FieldLimits.Name).WithMessage($"The name must be {FieldLimits.Name} characters or fewer.");
        RuleFor(u => u.Role).Must(role => Roles.All.Contains(role)).WithMessage("Choose one of the five roles.");
        RuleFor(u => u.PersonId).NotNull().When(u => u.Role == Roles.ChiefOfficer)
            .WithMessage("Link a chief officer to their person record, so they can see and update the actions they own.");
        RuleFor(u => u.PersonId).MustAsync(async (id, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.People.AnyAsync(p => p.Id == id, ct);
        }).When(u => u.PersonId is not null).WithMessage("That person is not on the system.");
        RuleFor(u => u.Password).MinimumLength(12).WithMessage("The first password must be at least 12 characters.");
    }
}
