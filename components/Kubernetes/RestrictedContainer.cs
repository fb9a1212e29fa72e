using k8s.Models;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Security contexts that pass Pod Security <c>restricted</c>: the platform's own pods run like this.</summary>
public static class RestrictedContainer
{
    /// <summary>The unprivileged user the platform's own containers run as.</summary>
    public const long UserId = 65532;

    public static V1PodSecurityContext PodSecurityContext() => new()
    {
        RunAsNonRoot = true,
        RunAsUser = UserId,
        RunAsGroup = UserId,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    public static V1SecurityContext SecurityContext() => new()
    {
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
    };
}
