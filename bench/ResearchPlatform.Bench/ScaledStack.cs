using System.Text;

namespace ResearchPlatform.Bench;

/// <summary>Stack files for a site of a chosen size, valid by construction (a /16 node network).</summary>
public static class ScaledStack
{
    /// <summary>A stack file with 3 control-plane nodes and the given worker pools (name, count).</summary>
    public static string Yaml(string stack, IReadOnlyList<(string Name, int Count)> pools)
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

        return text.ToString();
    }
}
