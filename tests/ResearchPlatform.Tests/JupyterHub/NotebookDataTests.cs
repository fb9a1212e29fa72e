using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.JupyterHub;

/// <summary>What each tier's notebooks connect to the research database and S3 with, as the prod render writes it.</summary>
public class NotebookDataTests
{
    private static readonly RenderedTree Render = OfflineRenderer.Compile(TestStacks.Plan("prod"));

    [Theory]
    [InlineData("student")]
    [InlineData("researcher")]
    public void Render_TierSecret_HoldsOnlyReferencesToItsOwnPasswordAndKeys(string tier)
    {
        var secret = Parse(Render.Files[$"components/jupyterhub/jupyterhub-notebook-data-{tier}-secret.secret.yaml"]).Single();

        Assert.Equal(($"notebook-data-{tier}", "jupyterhub"), (At(secret, "metadata", "name"), At(secret, "metadata", "namespace")));
        Assert.Equal(
            ($"${{secret:postgres-role-research-{tier}-password.result}}", $"${{secret:s3-notebooks-{tier}-access-key.result}}", $"${{secret:s3-notebooks-{tier}-secret-key.result}}"),
            (At(secret, "stringData", "PGPASSWORD"), At(secret, "stringData", "AWS_ACCESS_KEY_ID"), At(secret, "stringData", "AWS_SECRET_ACCESS_KEY")));
    }

    [Fact]
    public void Render_TierFiles_AreWhatLibpqAndBotocoreRead()
    {
        var files = Parse(Render.Files["components/jupyterhub/jupyterhub-notebook-data-student-files.manifest.yaml"]).Single();

        Assert.Equal(
            "[research]\nhost=platform-rw.postgres.svc\nport=5432\ndbname=research\nuser=research_student\nsslmode=verify-full\nsslrootcert=/etc/research-platform/data/postgres-ca.crt\n",
            At(files, "data", "pg_service.conf"));
        Assert.Equal(
            "[default]\nendpoint_url = https://seaweedfs-s3.objectstore.svc:8443\nca_bundle = /etc/research-platform/data/s3-ca.crt\nregion = us-east-1\ns3 =\n  addressing_style = path\n",
            At(files, "data", "aws-config"));
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", At(files, "data", "s3-ca.crt"));
    }

    [Fact]
    public void Plan_Hub_WaitsForTheTiersDataAndTheStore()
    {
        var hub = TestStacks.Plan("prod").Resources.Single(r => r.Name == "jupyterhub" && r.Kind == Components.Plan.ResourceKind.HelmRelease);

        Assert.Contains("seaweedfs", hub.DependsOn);
        Assert.Contains("jupyterhub-notebook-data-student-secret", hub.DependsOn);
        Assert.Contains("jupyterhub-notebook-data-researcher-files", hub.DependsOn);
    }
}
