namespace ActionTracker.Web.Infrastructure;

/// <summary>Thrown when a save would overwrite a change someone else made since the record was read.</summary>
public class ConcurrencyConflictException(string message) : UserFacingException(message);
