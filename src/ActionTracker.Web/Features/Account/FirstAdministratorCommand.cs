namespace ActionTracker.Web.Features.Account;

/// <summary>
/// `dotnet run --project src/ActionTracker.Web -- --create-admin you@example.org` creates the first administrator of a
/// new install. The password is read from ACTIONTRACKER_ADMIN_PASSWORD or, failing that, from standard input, so it
/// never appears in the shell history or the process list.
/// </summary>
public static class FirstAdministratorCommand
{
    private const string Option = "--create-admin";

    public static bool IsRequested(string[] args) => args.Contains(Option);

    public static async Task RunAsync(IServiceProvider services, string[] args)
    {
        var index = Array.IndexOf(args, Option);
        var email = index + 1 < args.Length ? args[index + 1] : null;
        if (string.IsNullOrWhiteSpace(email) || email.StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"Usage: {Option} <email>   (password from ACTIONTRACKER_ADMIN_PASSWORD or standard input)");
            Environment.ExitCode = 2;
            return;
        }

        var password = Environment.GetEnvironmentVariable("ACTIONTRACKER_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password for the first administrator: ");
            password = Console.ReadLine() ?? "";
        }

        await using var scope = services.CreateAsyncScope();
        Console.WriteLine(await AccountSeeding.CreateFirstAdministratorAsync(scope.ServiceProvider, email, password));
    }
}
