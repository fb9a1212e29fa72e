using System.Diagnostics;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Identity;

/// <summary>The FAB sign-in config Airflow and Superset get, compiled by a real Python.</summary>
public class FabOAuthConfigTests
{
    [Theory]
    [InlineData("components/airflow/airflow.values.yaml", "apiServer.apiServerConfig", "SECURITY_MANAGER_CLASS = PlatformSecurityManager")]
    [InlineData("components/superset/superset.manifest.yaml", "spec.config", "CUSTOM_SECURITY_MANAGER = PlatformSecurityManager")]
    public void Render_SignInConfig_IsValidPythonInstallingThePlatformsManager(string file, string path, string installs)
    {
        var tree = OfflineRenderer.Compile(TestStacks.Plan("prod"));
        var source = At(Parse(tree.Files[file]).Single(), path.Split('.'));
        var start = new ProcessStartInfo("python3", ["-c", "import sys; compile(sys.stdin.read(), 'config.py', 'exec')"])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        python.StandardInput.Write(source);
        python.StandardInput.Close();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();

        Assert.True(python.ExitCode == 0, $"not valid Python: {error}");
        Assert.Contains(installs, source);
        Assert.Contains("\"server_metadata_url\": \"https://login.dsp.uni-example.edu/.well-known/openid-configuration\"", source);
    }
}
