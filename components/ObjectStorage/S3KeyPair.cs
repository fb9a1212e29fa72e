using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>An S3 access key pair; both halves are references (generated, or config secrets), never values.</summary>
public sealed record S3KeyPair(PlanValue AccessKeyId, PlanValue SecretAccessKey);
