namespace ResearchPlatform.Components.Airflow;

/// <summary>The names of the Secrets and ConfigMap the plan writes for the chart.</summary>
/// <param name="Metadata">The metadata database's connection (key <c>connection</c>).</param>
/// <param name="Keys">The fernet key, API secret key and JWT secret (keys <c>fernet-key</c>, <c>api-secret-key</c>, <c>jwt-secret</c>).</param>
/// <param name="Platform">The S3 log connection and the broker client's secret.</param>
/// <param name="Certificates">The CAs of the database, the S3 store and the broker.</param>
/// <param name="Git">The DAG repository's credentials, or null for a public one.</param>
public sealed record AirflowSecrets(string Metadata, string Keys, string Platform, string Certificates, string? Git);
