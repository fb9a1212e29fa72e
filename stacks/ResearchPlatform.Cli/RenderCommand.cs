using System.CommandLine;
using ResearchPlatform.Stacks.Rendering;

namespace ResearchPlatform.Cli;

/// <summary><c>render &lt;stack&gt;</c>: the whole plan as reviewable files.</summary>
public static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var stack = CliOptions.Stack();
        var dir = CliOptions.Dir();
        var output = new Option<string?>("--out")
        {
            Description = "the output directory, replaced as a whole: a new or empty one, or an earlier render's (default: out/<stack> beside Pulumi.yaml)",
        };
        var command = new Command("render", "Render the stack's plan as files: manifests, Helm values, cloud-init, plan.json, summary.md, graph.mmd.")
        {
            stack, dir, output,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(stack)!;
            var project = CliContext.ProjectDirectory(parse.GetValue(dir));
            var target = parse.GetValue(output) ?? Path.Combine(project, "out", name);

            // Checked before anything is read or written: a wrong --out is a usage error.
            if (RenderTarget.Problem(target, project) is { } problem)
            {
                context.Error.WriteLine($"error: {problem}; nothing was written");
                return ExitCodes.InvalidInput;
            }

            var stats = RenderStats.Start(context.Error);
            var loaded = Stacks.Config.StackLoader.Load(project, name);
            stats?.Step("load");
            var plan = Stacks.Composition.PlatformComposer.Compose(loaded);
            stats?.Step("compose");
            var tree = OfflineRenderer.Compile(plan);
            stats?.Step("compile");
            var earlier = Path.Combine(target, "plan.json");
            if (File.Exists(earlier))
            {
                IReadOnlyList<string> warnings;
                try
                {
                    warnings = ReplacementCheck.Compare(earlier, tree);
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    // A damaged earlier render cannot tell what changed; the new render replaces it.
                    warnings = [$"{earlier} is not a plan this tool wrote ({e.GetType().Name}), so protected resources were not compared with it"];
                }

                foreach (var warning in warnings)
                {
                    context.Error.WriteLine($"warning: {warning}");
                }
            }

            stats?.Step("compare");
            tree.Save(target);
            stats?.Step("save");
            context.Output.WriteLine(
                $"rendered stack '{name}': {plan.Components.Count} components, {plan.Resources.Count()} resources, {tree.Count} files -> {target}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
