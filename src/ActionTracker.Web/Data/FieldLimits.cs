namespace ActionTracker.Web.Data;

/// <summary>Text length limits shared by the database schema and the validators.</summary>
public static class FieldLimits
{
    public const int Abbreviation = 40;
    public const int AgendaNumber = 12;
    public const int Name = 200;
    public const int Title = 300;
    public const int Link = 500;
    public const int LongText = 4000;
    public const int Notes = 100_000;
}
