using System.Net;

namespace ActionTracker.Web.Features.Account;

/// <summary>Sign-in events, for the audit trail: successful, failed and locked-out sign-ins, and sign-outs.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{Email} signed in")]
    public static partial void SignedIn(ILogger logger, string email);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Failed sign-in for {Email} from {Address}")]
    public static partial void SignInFailed(ILogger logger, string email, IPAddress? address);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sign-in refused for {Email} from {Address}: account locked out")]
    public static partial void LockedOut(ILogger logger, string email, IPAddress? address);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{User} signed out")]
    public static partial void SignedOut(ILogger logger, string? user);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "{User} changed their password")]
    public static partial void PasswordChanged(ILogger logger, string? user);
}
