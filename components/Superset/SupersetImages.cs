namespace ResearchPlatform.Components.Superset;

/// <summary>
/// The images of Superset's operator, in one place. Superset itself is the platform's derived image
/// (<c>images/superset/</c>), whose digest the stack names.
/// </summary>
public static class SupersetImages
{
    /// <summary>The operator's image.</summary>
    public const string OperatorRepository = "ghcr.io/apache/superset-kubernetes-operator";

    /// <summary>
    /// Its tag. No digest of it is recorded anywhere public we could read, so it is pinned by tag only
    /// (a listed policy exception): resolve it with <c>crane digest</c> and append it before the first deployment.
    /// </summary>
    public const string OperatorTag = "0.2.0";
}
