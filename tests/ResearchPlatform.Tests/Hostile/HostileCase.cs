namespace ResearchPlatform.Tests.Hostile;

/// <summary>One case of <c>cases.yaml</c>: a change to the prod stack file and what render must answer.</summary>
public sealed class HostileCase
{
    public string Name { get; set; } = "";

    /// <summary>The class of hostile input (parse, numbers, counts, text, echo, addresses, switches, hidden).</summary>
    public string Class { get; set; } = "";

    /// <summary>The text to replace in Pulumi.prod.yaml (it must occur once) and its replacement.</summary>
    public List<string> Replace { get; set; } = [];

    /// <summary>Tokens in the replacement that stand for a text written many times.</summary>
    public List<HostileRepeat> Repeat { get; set; } = [];

    /// <summary>The exit code. Default: 2 (invalid config).</summary>
    public int Exit { get; set; } = 2;

    /// <summary>The error lines, in order, before the summary line.</summary>
    public List<string> Errors { get; set; } = [];

    public override string ToString() => Name;
}
