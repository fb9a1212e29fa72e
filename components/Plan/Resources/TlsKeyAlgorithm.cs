namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A TLS private key algorithm.</summary>
public enum TlsKeyAlgorithm
{
    /// <summary>RSA, which every Kubernetes component accepts for its CA.</summary>
    Rsa,

    /// <summary>ECDSA on a NIST curve.</summary>
    Ecdsa,
}
