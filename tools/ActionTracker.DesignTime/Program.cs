Console.WriteLine("Design-time host for `dotnet ef`; see README.md, section Migrations.");
