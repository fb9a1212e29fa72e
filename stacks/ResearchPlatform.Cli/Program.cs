return ResearchPlatform.Cli.CliApp.Run(args, Console.Out, Console.Error);
