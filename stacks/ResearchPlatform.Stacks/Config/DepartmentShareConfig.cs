namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:storage.shares[i]</c>: a department's existing SMB/DFS share.</summary>
public sealed record DepartmentShareConfig
{
    /// <summary>A short name, a DNS label; the volume and claim are named after it.</summary>
    public required string Name { get; init; }

    /// <summary>The file server or DFS namespace host.</summary>
    public required string Server { get; init; }

    /// <summary>The share name on that server.</summary>
    public required string Share { get; init; }

    /// <summary>A directory inside the share to mount instead of its root. Default: the root.</summary>
    public string SubDirectory { get; init; } = "";

    /// <summary>The full DN of the AD group whose members get the drive in their notebooks.</summary>
    public required string Group { get; init; }

    /// <summary>Mount read-only. Default: false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The size the claim announces (a Kubernetes quantity); SMB does not enforce it. Default: <c>1Ti</c>.</summary>
    public string Capacity { get; init; } = "1Ti";

    /// <summary>The service account that mounts the share on the nodes.</summary>
    public required string Username { get; init; }

    /// <summary>That account's AD domain.</summary>
    public required string Domain { get; init; }

    /// <summary>That account's password (secret).</summary>
    public required SecretValue Password { get; init; }
}
