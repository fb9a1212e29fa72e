using System.Collections.Immutable;
using System.Text.Json;
using Pulumi;
using Pulumi.Testing;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Infra.Tests.Support;

/// <summary>Runs the Pulumi program of a stack under mocks, with the stack file's config as Pulumi would pass it.</summary>
public static class PulumiRun
{
    public static async Task<(RealizedPlan Plan, ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs, PlatformMocks Mocks)> StackAsync(string stack, PlatformMocks? given = null)
    {
        UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, $"Pulumi.{stack}.yaml")));
        var mocks = given ?? new PlatformMocks();
        RealizedPlan? plan = null;
        var (resources, outputs) = await Deployment.TestAsync(mocks.Mock.Object, Options(stack), () =>
        {
            plan = PlatformProgram.Realize(stack);
            return plan.Outputs;
        });
        return (plan!, resources, outputs, mocks);
    }

    /// <summary>Runs the Pulumi program of the stack <c>test</c> whose stack file is <paramref name="text"/>.</summary>
    public static async Task<(RealizedPlan Plan, PlatformMocks Mocks)> StackTextAsync(string text)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "Pulumi.test.yaml");
        File.WriteAllText(path, text);
        UseConfig(PulumiConfigFixture.FromStackFile(path));
        var mocks = new PlatformMocks();
        RealizedPlan? plan = null;
        await Deployment.TestAsync(mocks.Mock.Object, Options("test"), () =>
        {
            plan = PlatformProgram.Realize("test");
            return plan.Outputs;
        });
        return (plan!, mocks);
    }

    /// <summary>Runs <paramref name="program"/> in a test deployment of the stack <c>test</c>.</summary>
    public static async Task<(ImmutableArray<Resource> Resources, PlatformMocks Mocks)> ProgramAsync(Action program)
    {
        var mocks = new PlatformMocks();
        var resources = await Deployment.TestAsync(mocks.Mock.Object, Options("test"), program);
        return (resources, mocks);
    }

    /// <summary>Sets the process-wide config Pulumi's test deployment reads.</summary>
    public static void UseConfig((List<KeyValuePair<string, string?>> Values, HashSet<string> SecretKeys) config)
    {
        var values = config.Values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value);
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(values));
        Environment.SetEnvironmentVariable(PulumiConfigSource.SecretKeysVariable, JsonSerializer.Serialize(config.SecretKeys));
    }

    public static async Task<T> ValueAsync<T>(Output<T> output) => await Pulumi.Utilities.OutputUtilities.GetValueAsync(output);

    private static TestOptions Options(string stack) => new() { IsPreview = false, StackName = stack, ProjectName = "research-platform" };
}
