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
            Description = "the output directory, replaced as a whole (default: out/<stack> beside Pulumi.yaml)",
        };
        var command = new Command("render", "Render the stack's plan as files: manifests, Helm values, cloud-init, plan.json, summary.md, graph.mmd.")
        {
            stack, dir, output,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(stack)!;
            var project = CliContext.ProjectDirectory(parse.GetValue(dir));
            var plan = CliContext.Plan(project, name);
            var tree = OfflineRenderer.Compile(plan);
            var target = parse.GetValue(output) ?? Path.Combine(project, "out", name);
            var earlier = Path.Combine(target, "plan.json");
            if (File.Exists(earlier))
            {
                foreach (var warning in ReplacementCheck.Compare(File.ReadAllText(earlier), tree.Files["plan.json"]))
                {
                    context.Error.WriteLine($"warning: {warning}");
                }
            }

            tree.Save(target);
            context.Output.WriteLine(
                $"rendered stack '{name}': {plan.Components.Count} components, {plan.Resources.Count()} resources, {tree.Files.Count} files -> {target}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
