namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>The alphabet of a generated secret.</summary>
public enum GeneratedSecretFormat
{
    /// <summary>Letters, digits and a few shell-safe symbols.</summary>
    Password,

    /// <summary>Lower-case letters and digits only, as kubeadm bootstrap tokens require.</summary>
    LowerAlphanumeric,

    /// <summary>Random bytes as lower-case hex (the length counts bytes), as kubeadm's certificate key requires.</summary>
    HexBytes,
}
