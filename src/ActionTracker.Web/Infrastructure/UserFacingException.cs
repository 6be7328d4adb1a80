namespace ActionTracker.Web.Infrastructure;

/// <summary>A refusal whose message is written for the person who tried: shown to them as it is, and nothing was saved.</summary>
public abstract class UserFacingException(string message) : Exception(message);

/// <summary>The caller's role does not allow this write.</summary>
public sealed class PermissionDeniedException(string message) : UserFacingException(message);
