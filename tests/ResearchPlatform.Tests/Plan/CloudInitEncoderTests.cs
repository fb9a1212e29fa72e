using System.IO.Compression;
using System.Text;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Tests.Plan;

public class CloudInitEncoderTests
{
    private const string UserData = "#cloud-config\nhostname: dsp-prod-cp-1\n";

    [Fact]
    public void Encode_GzipBase64_DecodesAsTheVmwareDatasourceDoes()
    {
        var encoded = CloudInitEncoder.Encode(UserData, CloudInitEncoding.GzipBase64);

        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(encoded)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Equal(UserData, reader.ReadToEnd());
        Assert.Equal(encoded, CloudInitEncoder.Encode(UserData, CloudInitEncoding.GzipBase64));
    }

    [Fact]
    public void ExtraConfig_NamesEachEncoding()
    {
        var entries = CloudInitEncoder.ExtraConfig(UserData, "instance-id: x\n", CloudInitEncoding.Base64);

        Assert.Equal(["guestinfo.userdata", "guestinfo.userdata.encoding", "guestinfo.metadata", "guestinfo.metadata.encoding"], entries.Select(e => e.Key));
        Assert.Equal("base64", entries[1].Value);
        Assert.Equal(UserData, Encoding.UTF8.GetString(Convert.FromBase64String(entries[0].Value)));
    }
}
