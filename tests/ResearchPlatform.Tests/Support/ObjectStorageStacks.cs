namespace ResearchPlatform.Tests.Support;

/// <summary>Stack texts for the object storage on the site's store.</summary>
public static class ObjectStorageStacks
{
    private const string Ca = """
              caCertificate: |
                -----BEGIN CERTIFICATE-----
                MIIBzTCCAXOgAwIBAgIUTGdVedHmyeSL3YeYHkNRYIcE7EwwCgYIKoZIzj0EAwIw
                NDEUMBIGA1UECgwLVW5pIEV4YW1wbGUxHDAaBgNVBAMME1VuaSBFeGFtcGxlIFJv
                b3QgQ0EwHhcNMjYxMjAxMjExNTA2WhcNNDYxMTI2MjExNTA2WjA0MRQwEgYDVQQK
                DAtVbmkgRXhhbXBsZTEcMBoGA1UEAwwTVW5pIEV4YW1wbGUgUm9vdCBDQTBZMBMG
                ByqGSM49AgEGCCqGSM49AwEHA0IABMi0RdIMh0boZhkXWZZ2SDDjYoiIOt6ZK7Ys
                1ImkeKh+XUJ4csKW39izFt3D+SXWG59fliCTRzYa//3xbmXkDkOjYzBhMB0GA1Ud
                DgQWBBQSK8peQU6QJDDOAXFduSbjaeeSMTAfBgNVHSMEGDAWgBQSK8peQU6QJDDO
                AXFduSbjaeeSMTAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAKBggq
                hkjOPQQDAgNIADBFAiEA1lpinrU9llpZMgxYBAqe/FdvuasHHE/K4HEXcJ8qUTgC
                IEAXyHPQdcH2rQej4G3OYSGq19wm4LpV9wNP2WDxk/Gl
                -----END CERTIFICATE-----

        """;

    /// <summary>The minimal stack on the site's S3 store, with keys for every identity.</summary>
    public static string External { get; } = TestStacks.MinimalWith("  research-platform:objectStorage:\n    storageTier: researcher\n    buckets:\n      - name: research\n", $"""
          research-platform:objectStorage:
            server: external
            buckets:
              - name: research
            external:
              endpoint: https://objects.test.other
              network: 10.0.4.0/24
        {Ca}      keys:
                notebooks-researcher:
                  accessKeyId:
                    secure: v1:OSAAAAAAAAAAAAAA:OSBBBBBBBBBBBBBBBBBBBBBB
                  secretAccessKey:
                    secure: v1:OSCCCCCCCCCCCCCC:OSDDDDDDDDDDDDDDDDDDDDDD
                notebooks-student:
                  accessKeyId:
                    secure: v1:OSEEEEEEEEEEEEEE:OSFFFFFFFFFFFFFFFFFFFFFF
                  secretAccessKey:
                    secure: v1:OSGGGGGGGGGGGGGG:OSHHHHHHHHHHHHHHHHHHHHHH

        """);
}
