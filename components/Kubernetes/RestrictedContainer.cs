using k8s.Models;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Security contexts that pass Pod Security <c>restricted</c>: the platform's own pods run like this.</summary>
public static class RestrictedContainer
{
    /// <summary>The unprivileged user the platform's own containers run as.</summary>
    public const long UserId = 65532;

    public static V1PodSecurityContext PodSecurityContext() => PodSecurityContext(UserId, UserId);

    /// <summary>A pod running as an image's own user <paramref name="user"/> and group <paramref name="group"/>; volumes owned by <paramref name="fsGroup"/> when given.</summary>
    public static V1PodSecurityContext PodSecurityContext(long user, long group, long? fsGroup = null) => new()
    {
        RunAsNonRoot = true,
        RunAsUser = user,
        RunAsGroup = group,
        FsGroup = fsGroup,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    /// <summary>A container without privilege escalation or capabilities; its root file system read-only unless <paramref name="writableRoot"/> (an image that writes where no volume can go).</summary>
    public static V1SecurityContext SecurityContext(bool writableRoot = false) => new()
    {
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = writableRoot ? null : true,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
    };
}
