using ActionTracker.Web.Features.Meetings.Run.Notes;

namespace ActionTracker.Web.Components.Shared.Conflicts;

public enum ConflictChoice
{
    KeepMine,
    TakeTheirs,
    Merge,
}

/// <summary>
/// One field of an edit form as a conflict compares it: its label, its value as a person reads it (what is compared and
/// shown side by side), how to take the saved value, and for free text how to merge the two (docs/decisions/0026).
/// </summary>
public sealed class EditedField<T>(string label, Func<T, string> show, Action<T, T> takeTheirs)
{
    public string Label => label;

    public string Show(T edit) => show(edit);

    /// <summary>Sets the first edit's value to the second's.</summary>
    public void TakeTheirs(T mine, T theirs) => takeTheirs(mine, theirs);

    /// <summary>For free text: gets the text, sets it. Merging puts their text first, then the lines of mine it lacks.</summary>
    public (Func<T, string> Get, Action<T, string> Set)? Text { get; init; }

    public bool CanMerge => Text is not null;

    public void Merge(T mine, T theirs) => Text!.Value.Set(mine, NotesMerge.Combine(Text.Value.Get(theirs), Text.Value.Get(mine)));
}

/// <summary>A field both people changed, differently: the two values and the person's choice between them.</summary>
public sealed class FieldConflict<T>(EditedField<T> edited, string mine, string theirs)
{
    public EditedField<T> Field => edited;

    public string Mine => mine;

    public string Theirs => theirs;

    public ConflictChoice Choice { get; set; } = ConflictChoice.KeepMine;
}

/// <summary>
/// Three-way comparison of an unsaved edit with the record someone else saved meanwhile. Fields only they changed follow
/// theirs (the person had not touched them); fields only the person changed stay theirs to save; fields both changed
/// differently are the conflicts the person decides, field by field. Nobody's change is dropped without a choice.
/// </summary>
public static class EditConflict
{
    /// <summary>
    /// Moves <paramref name="mine"/> onto <paramref name="theirs"/> for every field the person left as it was in
    /// <paramref name="start"/>, and returns the fields both changed differently.
    /// </summary>
    public static EditConflict<T> Rebase<T>(T start, T mine, T theirs, IEnumerable<EditedField<T>> fields)
    {
        var conflicts = new List<FieldConflict<T>>();
        foreach (var field in fields)
        {
            var (was, now, saved) = (field.Show(start), field.Show(mine), field.Show(theirs));
            if (saved == was || saved == now)
            {
                continue; // they did not change it, or made the same change
            }

            if (now == was)
            {
                field.TakeTheirs(mine, theirs); // untouched here: follow theirs
            }
            else
            {
                conflicts.Add(new FieldConflict<T>(field, now, saved));
            }
        }

        return new EditConflict<T>(theirs, conflicts);
    }
}

/// <summary>The fields both people changed differently, and the record as now saved (<see cref="EditConflict.Rebase"/>).</summary>
public sealed class EditConflict<T>
{
    internal EditConflict(T theirs, IReadOnlyList<FieldConflict<T>> fields) => (Theirs, Fields) = (theirs, fields);

    /// <summary>The record as now saved.</summary>
    public T Theirs { get; }

    public IReadOnlyList<FieldConflict<T>> Fields { get; }

    public bool IsEmpty => Fields.Count == 0;

    /// <summary>Applies each field's choice to <paramref name="mine"/>; the caller then bases it on their version.</summary>
    public void ApplyChoicesTo(T mine)
    {
        foreach (var conflict in Fields)
        {
            switch (conflict.Choice)
            {
                case ConflictChoice.TakeTheirs:
                    conflict.Field.TakeTheirs(mine, Theirs);
                    break;
                case ConflictChoice.Merge when conflict.Field.CanMerge:
                    conflict.Field.Merge(mine, Theirs);
                    break;
                default:
                    break;
            }
        }
    }
}
