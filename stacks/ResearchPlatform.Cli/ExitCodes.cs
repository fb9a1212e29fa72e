namespace ResearchPlatform.Cli;

/// <summary>The tool's exit codes, as the README documents them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed (a defect, or the disk); the message says what.</summary>
    public const int Failure = 1;

    /// <summary>The input is wrong: invalid stack config or command-line usage. Nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>The plan breaks the policy (<c>check</c>): every finding was printed.</summary>
    public const int PolicyFindings = 3;
}
