using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>What one tier's notebooks sign in to the research database and the object storage with.</summary>
/// <param name="Tier">The hub tier (<c>student</c>).</param>
/// <param name="Role">Its database role.</param>
/// <param name="Password">The role's password (a reference).</param>
/// <param name="Keys">Its S3 key pair (references).</param>
public sealed record NotebookTierData(string Tier, string Role, PlanValue Password, S3KeyPair Keys);
