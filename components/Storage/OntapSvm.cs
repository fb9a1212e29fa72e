using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Storage;

/// <summary>An ONTAP storage VM Trident provisions on.</summary>
/// <param name="Name">The short name backends are named after.</param>
/// <param name="Svm">The SVM's name in ONTAP.</param>
/// <param name="ManagementLif">The management LIF's address.</param>
/// <param name="DataLif">The data LIF's address.</param>
/// <param name="Username">The ONTAP user.</param>
/// <param name="Password">The user's password: a secret reference.</param>
public sealed record OntapSvm(string Name, string Svm, string ManagementLif, string DataLif, string Username, PlanValue Password);
