using System.IO.Compression;
using System.Text;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>
/// Encodes cloud-init documents for <c>guestinfo</c>, as the VMware datasource decodes them. The
/// Pulumi realizer calls it on the resolved documents; it lives here so that it is tested offline.
/// </summary>
public static class CloudInitEncoder
{
    /// <summary>The <c>guestinfo.*.encoding</c> value for <paramref name="encoding"/>.</summary>
    public static string Name(CloudInitEncoding encoding) => encoding == CloudInitEncoding.Base64 ? "base64" : "gzip+base64";

    /// <summary>The encoded text; the same text always gives the same bytes.</summary>
    public static string Encode(string text, CloudInitEncoding encoding)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (encoding == CloudInitEncoding.Base64)
        {
            return Convert.ToBase64String(bytes);
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The <c>guestinfo</c> ExtraConfig entries of a VM: both documents with their encodings.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ExtraConfig(string userData, string metaData, CloudInitEncoding encoding) =>
    [
        KeyValuePair.Create("guestinfo.userdata", Encode(userData, encoding)),
        KeyValuePair.Create("guestinfo.userdata.encoding", Name(encoding)),
        KeyValuePair.Create("guestinfo.metadata", Encode(metaData, encoding)),
        KeyValuePair.Create("guestinfo.metadata.encoding", Name(encoding)),
    ];
}
