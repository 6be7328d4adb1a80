namespace ActionTracker.Web.Data.Entities;

/// <summary>
/// One searchable text of an action (its description, its reference, or the note or new value of one of its history
/// rows) in an SQLite FTS5 table with the trigram tokenizer. <c>Text LIKE '%word%'</c> then means exactly what LIKE
/// means on the source columns, but is answered from the trigram index instead of by reading every action and update.
/// Database triggers fill it; the app only reads it.
/// </summary>
public class ActionSearchText
{
    public const string Table = "ActionSearch";

    public int ActionItemId { get; set; }
    public string Text { get; set; } = "";
}
