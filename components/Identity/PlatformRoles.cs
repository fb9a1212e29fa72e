namespace ResearchPlatform.Components.Identity;

/// <summary>
/// The platform's three roles as the broker names their groups in a login's <c>groups</c> claim:
/// each tool maps them to its own roles.
/// </summary>
/// <param name="Admins">Administrators of every tool.</param>
/// <param name="Researchers">They create and publish.</param>
/// <param name="Students">They use and read.</param>
public sealed record PlatformRoles(string Admins, string Researchers, string Students);
