using ActionTracker.ScaleData;

// Usage: dotnet run --project tools/ActionTracker.ScaleData -c Release -- <database file> [actions]
if (args.Length is < 1 or > 2 || (args.Length == 2 && !int.TryParse(args[1], out _)))
{
    Console.Error.WriteLine("Usage: ActionTracker.ScaleData <database file> [actions, default 100000]");
    return 2;
}

var scale = args.Length == 2 ? Scale.ForActions(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)) : Scale.Default;
if (File.Exists(args[0]))
{
    Console.Error.WriteLine($"{args[0]} already exists; delete it first to generate a new one.");
    return 1;
}

await new ScaleDataGenerator(args[0], scale).RunAsync();
return 0;
