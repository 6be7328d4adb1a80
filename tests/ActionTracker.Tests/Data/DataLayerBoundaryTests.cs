using System.Reflection;
using System.Text.RegularExpressions;
using ActionTracker.Web.Data;

namespace ActionTracker.Tests.Data;

/// <summary>
/// The data layer imports no feature: features depend on Data, never the other way round (decision 0030). A feature
/// that needs rows at start-up registers an <see cref="IDatabaseSeed"/> instead.
/// </summary>
public sealed partial class DataLayerBoundaryTests
{
    private const string FeaturesNamespace = "ActionTracker.Web.Features";

    [Fact]
    public void DataSourceFiles_NameNoFeatureNamespace()
    {
        var dataFolder = Path.Combine(RepositoryRoot(), "src", "ActionTracker.Web", "Data");

        var offending = Directory.EnumerateFiles(dataFolder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => FeatureReference().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(dataFolder, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(dataFolder, "*.cs", SearchOption.AllDirectories));
        Assert.Empty(offending);
    }

    [Fact]
    public void DataTypes_NoSignatureOrAsyncStateUsesAFeatureType()
    {
        // Compiler-made types (async state machines, closures) are in the same namespace, so their fields also show the
        // locals of Data's async methods; a fully qualified name that the source scan might miss is caught here.
        var dataTypes = typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == "ActionTracker.Web.Data" || ns.StartsWith("ActionTracker.Web.Data.", StringComparison.Ordinal)))
            .ToList();

        var offending = dataTypes.SelectMany(t => UsedTypes(t).Where(IsFeatureType).Select(used => $"{t.FullName} uses {used.FullName}")).Distinct().ToList();

        Assert.Contains(typeof(DatabaseSetup), dataTypes);
        Assert.Empty(offending);
    }

    [Fact]
    public void FeatureCheck_RecognisesAFeatureType()
    {
        // The check above can fail: a feature type is recognised as one, a data type is not.
        Assert.True(IsFeatureType(typeof(ActionTracker.Web.Features.Demo.DemoData)));
        Assert.False(IsFeatureType(typeof(AppDbContext)));
        Assert.Matches(FeatureReference(), "using ActionTracker.Web.Features.Account;");
    }

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        IEnumerable<Type?> used =
        [
            type.BaseType, .. type.GetInterfaces(),
            .. type.GetFields(Everything).Select(f => f.FieldType),
            .. type.GetProperties(Everything).Select(p => p.PropertyType),
            .. type.GetMethods(Everything).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            .. type.GetConstructors(Everything).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)),
        ];
        return used.OfType<Type>().SelectMany(Unwrap);
    }

    // A Task<Meeting>, a Meeting[] or a List<Meeting> uses Meeting.
    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type)
        : [type];

    private static bool IsFeatureType(Type type) =>
        type.Namespace is { } ns && (ns == FeaturesNamespace || ns.StartsWith(FeaturesNamespace + ".", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ActionTracker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ActionTracker.sln above {AppContext.BaseDirectory}.");
    }

    // "using ActionTracker.Web.Features.X;", a fully qualified ActionTracker.Web.Features.X.Y, or global:: of either.
    [GeneratedRegex(@"\bActionTracker\.Web\.Features\b")]
    private static partial Regex FeatureReference();
}
