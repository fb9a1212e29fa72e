namespace ResearchPlatform.Tests.Hostile;

/// <summary>A token of a hostile case's replacement and the text it stands for, written <see cref="Times"/> times.</summary>
public sealed class HostileRepeat
{
    public string Token { get; set; } = "";

    public string Text { get; set; } = "";

    public int Times { get; set; }
}
