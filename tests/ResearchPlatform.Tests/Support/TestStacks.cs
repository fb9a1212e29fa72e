using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Tests.Support;

/// <summary>The example stacks and small valid configs to vary in tests.</summary>
public static class TestStacks
{
    public static LoadedStack Load(string stack) => StackLoader.Load(RepoPaths.Root, stack);

    public static PlatformPlan Plan(string stack) => PlatformComposer.Compose(Load(stack));

    /// <summary>The plan of <c>dr</c> after a failover: the repository's stacks with dr's role set to <c>recovering</c>.</summary>
    public static PlatformPlan Recovering()
    {
        using var project = new TempDirectory();
        RepoPaths.CopyStack(project.Path, "prod");
        RepoPaths.CopyStack(project.Path, "dr");
        var dr = Path.Combine(project.Path, "Pulumi.dr.yaml");
        File.WriteAllText(dr, File.ReadAllText(dr).Replace("    role: standby\n", "    role: recovering\n", StringComparison.Ordinal));
        return PlatformComposer.Compose(StackLoader.Load(project.Path, "dr"));
    }

    /// <summary>A small valid stack file; tests replace one line to make one mistake.</summary>
    public const string Minimal = """
        config:
          vsphere:vsphereServer: vcenter.test.example
          vsphere:user: svc@vsphere.local
          vsphere:password:
            secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB
          research-platform:site:
            name: test
            domain: dc.test.example
            network:
              subnet: 10.0.0.0/24
              gateway: 10.0.0.1
              dnsServers: [10.0.0.53]
              ntpServers: [ntp.test.example]
          research-platform:vsphere:
            datacenter: DC
            computeCluster: CL
            datastore: DS
            folder: rp/test
            portGroup: PG
            template: ubuntu-template
          research-platform:cluster:
            name: t
            apiVip: 10.0.0.10
            controlPlane:
              firstIp: 10.0.0.11
            workerPools:
              - name: general
                count: 2
                cpu: 8
                memoryGiB: 32
                firstIp: 10.0.0.21
          research-platform:storage:
            svms:
              - name: main
                svm: svm_test
                managementLif: 10.0.1.10
                dataLif: 10.0.1.11
                username: trident
                password:
                  secure: v1:CCCCCCCCCCCCCCCC:DDDDDDDDDDDDDDDDDDDDDDDD
            tiers:
              - name: student
                svm: main
                driver: ontap-nas-economy
                default: true
              - name: researcher
                svm: main
                driver: ontap-nas
                replicated: true
            shares:
              - name: chem
                server: fs.test.example
                share: chem
                group: CN=Chem,OU=Groups,DC=test,DC=example
                username: svc-smb
                domain: TEST
                password:
                  secure: v1:EEEEEEEEEEEEEEEE:FFFFFFFFFFFFFFFFFFFFFFFF
          research-platform:entry:
            domain: test.example
            address: 10.0.0.100
            ca:
              certificate:
                secure: v1:PPPPPPPPPPPPPPPP:QQQQQQQQQQQQQQQQQQQQQQQQ
              key:
                secure: v1:RRRRRRRRRRRRRRRR:SSSSSSSSSSSSSSSSSSSSSSSS
              rootCertificate: |
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
          research-platform:identity:
            hostname: login.test.example
            directory:
              server: ad.test.example
              network: 10.0.3.0/24
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
              bindDn: CN=svc-dex,OU=Service,DC=test,DC=example
              bindPassword:
                secure: v1:TTTTTTTTTTTTTTTT:UUUUUUUUUUUUUUUUUUUUUUUU
              userSearchBase: OU=People,DC=test,DC=example
              groupSearchBase: OU=Groups,DC=test,DC=example
            groups:
              students: CN=Students,OU=Groups,DC=test,DC=example
              researchers: CN=Researchers,OU=Groups,DC=test,DC=example
              admins: CN=Admins,OU=Groups,DC=test,DC=example
          research-platform:postgres:
            storageTier: researcher
            backup:
              endpoint: https://s3.test.other
              network: 10.0.4.0/24
              bucket: pg-backups
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
              accessKeyId:
                secure: v1:WWWWWWWWWWWWWWWW:XXXXXXXXXXXXXXXXXXXXXXXX
              secretAccessKey:
                secure: v1:YYYYYYYYYYYYYYYY:ZZZZZZZZZZZZZZZZZZZZZZZZ
          research-platform:objectStorage:
            storageTier: researcher
            buckets:
              - name: research
          research-platform:jupyterhub:
            hostname: hub.test.example
            authentication:
              ldap:
                server: ad.test.example
                userSearchBase: OU=People,DC=test,DC=example
                bindDn: CN=svc-ldap,OU=Service,DC=test,DC=example
                bindPassword:
                  secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ
            authStateKey:
              secure: v1:KKKKKKKKKKKKKKKK:LLLLLLLLLLLLLLLLLLLLLLLL
            database:
              host: pg.test.example
              caCertificate: |
                -----BEGIN CERTIFICATE-----
                MIIB1DCCAXugAwIBAgIUGErTqbc3t5QRwUoDhhCUnfZlMt4wCgYIKoZIzj0EAwIw
                ODEUMBIGA1UECgwLVW5pIEV4YW1wbGUxIDAeBgNVBAMMF1VuaSBFeGFtcGxlIERh
                dGFiYXNlIENBMB4XDTI2MTIwMTIwNTEwOVoXDTM2MTEyODIwNTEwOVowODEUMBIG
                A1UECgwLVW5pIEV4YW1wbGUxIDAeBgNVBAMMF1VuaSBFeGFtcGxlIERhdGFiYXNl
                IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiqr549d2WcQaN9a1VZJJ4wvn
                L8OvBV18sR9jWcdKjC9/QVfOeeTZXRibaULRjAviYtZb0yhevip+Cz4PaIHQPqNj
                MGEwHQYDVR0OBBYEFNzgwm8xEeG+ZbOVOKGU1T9OqPaqMB8GA1UdIwQYMBaAFNzg
                wm8xEeG+ZbOVOKGU1T9OqPaqMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQD
                AgEGMAoGCCqGSM49BAMCA0cAMEQCIFyzQaEFkDi1pUbSt0MUuZnRY20RQGQD41Lf
                WtBUTrPdAiBRA1UuFBTuX6/jp91gDke+q98uZzhgnieaA+jP8+uCPw==
                -----END CERTIFICATE-----
              password:
                secure: v1:MMMMMMMMMMMMMMMM:NNNNNNNNNNNNNNNNNNNNNNNN
            tiers:
              students:
                storageTier: student
                capacity: 10Gi
                profiles: [basic]
              researchers:
                storageTier: researcher
                capacity: 100Gi
                profiles: [basic, data-science]
        """;

    /// <summary>
    /// A replication section for the minimal stack: its vault, and as a standby the peer it mirrors
    /// with the UID of each of the peer's applications (the researcher homes and the object store).
    /// </summary>
    public static string Replication { get; } = ReplicationSection.Replace("{ca}", string.Join("\n      ", DatabaseCa()), StringComparison.Ordinal);

    private const string ReplicationSection = """
          research-platform:replication:
            caCertificate: |
              {ca}
            vault:
              endpoint: https://s3.test.other
              network: 10.0.4.0/24
              bucket: protect-test
              accessKeyId:
                secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB
              secretAccessKey:
                secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB
            peer:
              site: other
              vault:
                endpoint: https://s3.other.example
                network: 10.9.4.0/24
                bucket: protect-other
                accessKeyId:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB
                secretAccessKey:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB
              applications:
                objectstorage: 3f2b8c1e-9a47-4d6e-b5c0-7e1f2a3b4c5d
                homes-researcher: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e5f

        """;

    /// <summary>The test database CA's lines, as the minimal stack's hub database gives it.</summary>
    private static IEnumerable<string> DatabaseCa()
    {
        var begin = Minimal.LastIndexOf("-----BEGIN CERTIFICATE-----", Minimal.IndexOf("MIIB1DCCAXugAwIBAgIUGErTqbc3t5QRwUoDhhCUnfZlMt4w", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = Minimal.IndexOf("-----END CERTIFICATE-----", begin, StringComparison.Ordinal) + "-----END CERTIFICATE-----".Length;
        return Minimal[begin..end].Split('\n').Select(line => line.Trim());
    }

    /// <summary>The minimal stack as a standby of site <c>other</c>: the database's peer and the volumes' source given.</summary>
    public static string Standby { get; } = MinimalWith("    name: test\n", "    name: test\n    role: standby\n")
        .Replace("      bucket: pg-backups\n", "      bucket: pg-backups\n      peer:\n        site: other\n        bucket: pg-mirror\n", StringComparison.Ordinal)
        .Replace("  research-platform:objectStorage:\n", Replication + "  research-platform:objectStorage:\n", StringComparison.Ordinal);

    /// <summary>The minimal stack with five mistakes in four sections: one of each kind of error.</summary>
    public static string FiveMistakes { get; } = Minimal
        .Replace("    name: test", "    name: Test_Site")
        .Replace("    datacenter: DC\n", "")
        .Replace("      firstIp: 10.0.0.11", "      count: 4\n      firstIp: 10.0.0.11")
        .Replace("    apiVip: 10.0.0.10", "    apiVip: 10.9.9.9")
        .Replace("  vsphere:password:\n    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB", "  vsphere:password: hunter2hunter2");

    /// <summary>Parses stack file text as the stack <c>test</c>.</summary>
    public static RawStackConfig Raw(string text) => StackConfigFile.Parse("test", "Pulumi.test.yaml", text);

    /// <summary>Loads stack file text, validating it.</summary>
    public static LoadedStack FromText(string text) => StackLoader.FromRaw(Raw(text));

    /// <summary>The minimal stack with one line replaced (the old text must occur exactly once).</summary>
    public static string MinimalWith(string oldText, string newText)
    {
        Assert.Equal(1, CountOf(Minimal, oldText));
        return Minimal.Replace(oldText, newText);
    }

    /// <summary>The error messages loading <paramref name="text"/> produces.</summary>
    public static IReadOnlyList<string> Errors(string text)
    {
        var e = Assert.Throws<ConfigException>(() => FromText(text));
        return e.Errors.Select(x => x.ToString()).ToList();
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
