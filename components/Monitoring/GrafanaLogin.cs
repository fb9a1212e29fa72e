using ResearchPlatform.Components.Identity;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>Grafana's generic OAuth against the broker, its groups mapped to Grafana's roles at every login.</summary>
public static class GrafanaLogin
{
    /// <summary>The callback the broker client must allow.</summary>
    public static string RedirectUri(string hostname) => $"https://{hostname}/login/generic_oauth";

    /// <summary>
    /// The JMESPath over the userinfo that gives the role: admins are Admin, researchers Editor,
    /// students Viewer, anyone else nothing (with <c>role_attribute_strict</c>, no login).
    /// </summary>
    public static string RolePath(PlatformRoles roles) =>
        $"contains(groups[*], '{roles.Admins}') && 'Admin' || contains(groups[*], '{roles.Researchers}') && 'Editor' || contains(groups[*], '{roles.Students}') && 'Viewer' || ''";
}
