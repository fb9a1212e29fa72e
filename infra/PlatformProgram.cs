using Pulumi;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Infra;

/// <summary>The Pulumi program: read the stack config, build the plan, realize it.</summary>
public static class PlatformProgram
{
    /// <summary>Realizes the current stack and returns its outputs.</summary>
    /// <exception cref="ConfigException">The stack config is invalid; secrets are never shown in it.</exception>
    public static IDictionary<string, object?> Run() => Realize(Deployment.Instance.StackName).Outputs;

    /// <summary>Realizes <paramref name="stack"/> (what the tests call to inspect the result).</summary>
    public static RealizedPlan Realize(string stack)
    {
        var raw = PulumiConfigSource.Read(stack);
        LoadedStack loaded;
        try
        {
            loaded = StackLoader.FromRaw(raw);
        }
        catch (ConfigException e)
        {
            throw e.Redacted(raw.SecretKeys);
        }

        return PlanRealizer.Realize(PlatformComposer.Compose(loaded), new SecretConfigResolver());
    }
}
