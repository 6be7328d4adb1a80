using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Components.Shared.Conflicts;

/// <summary>An edit of a saved record: carries the version it is based on (docs/decisions/0004).</summary>
public interface IVersionedEdit
{
    Guid Version { get; set; }
}

/// <summary>
/// One person's edit of a shared record (docs/decisions/0026): what it started from, so that when someone else's save
/// arrives, live or as a refused save, the fields the person did not touch follow theirs and the fields both changed
/// wait for the person's choice. The edit moves onto their version only when nothing clashes or the person has chosen,
/// so a save can never silently overwrite a field someone else changed.
/// </summary>
public sealed class EditSession<T>(T start, Func<IReadOnlyList<EditedField<T>>> fields)
    where T : class, IVersionedEdit
{
    private T _start = start;

    /// <summary>The clash shown to the person after a refused save, until they choose.</summary>
    public EditConflict<T>? Conflict { get; private set; }

    /// <summary>Someone else saved <paramref name="theirs"/> while the form is open: follow it where the person has not typed.</summary>
    public void Follow(T mine, T theirs) => Rebase(mine, theirs);

    /// <summary>
    /// Runs the save of <paramref name="mine"/>; when someone else's save refuses it, reads theirs and keeps the clash for
    /// the person (<see cref="Conflict"/>) before letting the refusal through to be shown as "Not saved" and why.
    /// </summary>
    public async Task<TResult> SaveAsync<TResult>(T mine, Func<Task<TResult>> save, Func<Task<T?>> readSaved)
    {
        Conflict = null;
        try
        {
            return await save();
        }
        catch (ConcurrencyConflictException)
        {
            if (await readSaved() is { } theirs)
            {
                Refused(mine, theirs);
            }

            throw;
        }
    }

    /// <summary><paramref name="mine"/> was refused because <paramref name="theirs"/> was saved meanwhile: show what clashes.</summary>
    public void Refused(T mine, T theirs) => Conflict = Rebase(mine, theirs);

    /// <summary>The person chose, field by field: the edit now holds their choices and is based on the saved version.</summary>
    public void UseChoices(T mine)
    {
        if (Conflict is { } conflict)
        {
            conflict.ApplyChoicesTo(mine);
            (mine.Version, _start, Conflict) = (conflict.Theirs.Version, conflict.Theirs, null);
        }
    }

    private EditConflict<T> Rebase(T mine, T theirs)
    {
        var conflict = EditConflict.Rebase(_start, mine, theirs, fields());
        if (conflict.IsEmpty && theirs.Version != mine.Version)
        {
            (mine.Version, _start) = (theirs.Version, theirs);
        }

        return conflict;
    }
}
