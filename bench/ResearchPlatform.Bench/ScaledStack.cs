using System.Text;

namespace ResearchPlatform.Bench;

/// <summary>Stack files for a site of a chosen size, valid by construction (a /16 node network).</summary>
public static class ScaledStack
{
    /// <summary>The test database CA (PEM), which the generated sites' S3 stores present.</summary>
    private const string DatabaseCa = """
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
        """;

    /// <summary>The CA's lines for a block scalar whose lines start at <paramref name="indent"/>.</summary>
    private static string Pem(string indent) => string.Join("\n" + indent, DatabaseCa.Split('\n'));

    /// <summary>A stack file with 3 control-plane nodes, the given worker pools (name, count), department shares and hub profiles.</summary>
    public static string Yaml(string stack, IReadOnlyList<(string Name, int Count)> pools, int shares, int profiles)
    {
        var text = new StringBuilder();
        text.Append($"""
            config:
              vsphere:vsphereServer: vcenter-bench.uni-example.edu
              vsphere:user: svc-pulumi-dsp@vsphere.local
              vsphere:password:
                secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
              research-platform:site:
                name: bench
                domain: dc-bench.uni-example.edu
                network:
                  subnet: 10.60.0.0/16
                  gateway: 10.60.0.1
                  dnsServers: [10.60.0.53]
                  ntpServers: [ntp1.uni-example.edu]
              research-platform:vsphere:
                datacenter: DC-Bench
                computeCluster: Bench-Compute
                datastore: bench-ds
                folder: research-platform/{stack}
                portGroup: dvpg-bench
                template: ubuntu-24.04-cloudimg-2026.10
              research-platform:cluster:
                name: dsp-{stack}
                apiVip: 10.60.0.10
                controlPlane:
                  firstIp: 10.60.0.11
                workerPools:

            """);
        for (var i = 0; i < pools.Count; i++)
        {
            text.Append($"""
                      - name: {pools[i].Name}
                        count: {pools[i].Count}
                        cpu: 16
                        memoryGiB: 64
                        firstIp: 10.60.{i + 1}.1

                """);
        }

        text.Append("""
              research-platform:storage:
                svms:
                  - name: bench
                    svm: svm_bench
                    managementLif: 10.61.0.10
                    dataLif: 10.61.0.11
                    username: trident
                    password:
                      secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                tiers:
                  - name: student
                    svm: bench
                    driver: ontap-nas-economy
                    default: true
                  - name: researcher
                    svm: bench
                    driver: ontap-nas
                    reclaimPolicy: retain
                    replicated: true
                shares:

            """);
        for (var i = 0; i < shares; i++)
        {
            text.Append($"""
                      - name: department-{i + 1}
                        server: dfs.uni-example.edu
                        share: department-{i + 1}
                        group: CN=DSP-Department-{i + 1},OU=Groups,DC=uni-example,DC=edu
                        username: svc-dsp-smb
                        domain: UNI
                        password:
                          secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB

                """);
        }

        text.Append($"""
              research-platform:entry:
                domain: bench.uni-example.edu
                address: 10.60.250.10
                ca:
                  certificate:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                  key:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
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
                hostname: login.bench.uni-example.edu
                directory:
                  server: ad.uni-example.edu
                  network: 10.61.0.0/24
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
                  bindDn: CN=svc-dsp-ldap,OU=Service Accounts,DC=uni-example,DC=edu
                  bindPassword:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                  userSearchBase: OU=People,DC=uni-example,DC=edu
                  groupSearchBase: OU=Groups,DC=uni-example,DC=edu
                groups:
                  students: CN=DSP-Students,OU=Groups,DC=uni-example,DC=edu
                  researchers: CN=DSP-Researchers,OU=Groups,DC=uni-example,DC=edu
                  admins: CN=DSP-Admins,OU=Groups,DC=uni-example,DC=edu
              research-platform:postgres:
                storageTier: researcher
                backup:
                  endpoint: https://s3.test.other
                  network: 10.62.0.0/24
                  bucket: pg-backups
                  caCertificate: |
                    {Pem("        ")}
                  accessKeyId:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                  secretAccessKey:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
              research-platform:replication:
                caCertificate: |
                  {Pem("      ")}
                vault:
                  endpoint: https://s3.test.other
                  network: 10.62.0.0/24
                  bucket: protect-vault
                  accessKeyId:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                  secretAccessKey:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
              research-platform:objectStorage:
                storageTier: researcher
                buckets:
                  - name: research
                  - name: models
              research-platform:ckan:
                hostname: data.bench.uni-example.edu
                image: registry.uni-example.edu/research-platform/ckan:2.11.4-1@sha256:3e8f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f
                searchTier: researcher
                apiTokenSecret:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                sessionSecret:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                csrfSecret:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
              research-platform:superset:
                hostname: superset.bench.uni-example.edu
                image: registry.uni-example.edu/research-platform/superset:6.1.0-1@sha256:7c2d9e4f1a3b5c6d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d
                secretKey:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
              research-platform:airflow:
                hostname: airflow.bench.uni-example.edu
                dags:
                  repository: https://git.uni-example.edu/dsp/pipelines.git
                  network: 10.62.50.0/24
                fernetKey:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                apiSecretKey:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                jwtSecret:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
              research-platform:modelServing:
                hostname: models.bench.uni-example.edu
                serverImage: registry.uni-example.edu/research-platform/model-server:1.0.0@sha256:5b0f3c1d9e2a4b6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e
                models:
                  - name: iris-classifier
                    runtime: sklearn
                    location: s3://models/iris-classifier/v3/
              research-platform:monitoring:
                grafanaHostname: grafana.bench.uni-example.edu
                storageTier: researcher
                alerts:
                  network: 10.62.0.0/24
                  webhook:
                    url: https://tickets.uni-example.edu/hooks/alertmanager
              research-platform:checkmk:
                collectorAddress: 10.60.250.12
                server: 10.62.0.20
              research-platform:jupyterhub:
                hostname: hub.bench.uni-example.edu
                authentication:
                  ldap:
                    server: ad.uni-example.edu
                    userSearchBase: OU=People,DC=uni-example,DC=edu
                    bindDn: CN=svc-dsp-ldap,OU=Service,DC=uni-example,DC=edu
                    bindPassword:
                      secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                authStateKey:
                  secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                database:
                  host: pg.uni-example.edu
                  caCertificate: |
                    {Pem("        ")}
                  password:
                    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
                tiers:
                  students:
                    storageTier: student
                    capacity: 10Gi
                    profiles: [profile-1]
                  researchers:
                    storageTier: researcher
                    capacity: 100Gi
                    profiles: [profile-1]
                profiles:

            """);
        for (var i = 0; i < profiles; i++)
        {
            text.Append($"""
                      - slug: profile-{i + 1}
                        name: Profile {i + 1}
                        image: quay.io/jupyter/minimal-notebook:2025-12-31@sha256:a153ceb6b41db4f86b7d7dc20c7b63d08e75e2038d5e8758b954fda50ed2e18d

                """);
        }

        return text.ToString();
    }
}
