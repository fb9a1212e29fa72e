using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>The one check every CA certificate in the config gets: it parses as PEM and is a CA.</summary>
public static class CaCertificates
{
    /// <summary>What is wrong with <paramref name="pem"/>, or null; <paramref name="give"/> says which CA belongs there.</summary>
    public static string? Problem(string pem, string give)
    {
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true }
                ? null
                : $"'{certificate.Subject}' is not a CA certificate: {give}";
        }
        catch (CryptographicException)
        {
            return "must be a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)";
        }
    }
}
