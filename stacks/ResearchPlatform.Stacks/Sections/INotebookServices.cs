using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section that notebooks call: each notebook finds it by an environment variable and may reach it.</summary>
public interface INotebookServices
{
    /// <summary>The section's addresses for notebooks in this stack, each with the egress that reaches it.</summary>
    IEnumerable<NotebookService> NotebookServices(StackConfig config);
}
