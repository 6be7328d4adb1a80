using FluentValidation;

namespace ActionTracker.Web.Infrastructure;

/// <summary>How every refused save reads: "Not saved: " and the reason in words, whether a rule, a permission or a conflict refused it.</summary>
public static class NotSaved
{
    public static string Because(string reason) => $"Not saved: {reason}";

    public static string Because(ValidationException refused) => Because(Reasons(refused));

    public static string Reasons(ValidationException refused) => string.Join(" ", refused.Errors.Select(e => e.ErrorMessage).Distinct());
}
