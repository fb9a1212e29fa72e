// Pulumi's test deployment reads its config from process-wide environment variables: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
