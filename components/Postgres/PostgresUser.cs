namespace ResearchPlatform.Components.Postgres;

/// <summary>A login role for people (the notebooks of one tier) on one database that a tool or the research database owns.</summary>
/// <param name="Name">The role name (<c>research_student</c>).</param>
/// <param name="Database">The one database it may connect to; every other is refused to it.</param>
/// <param name="ReadOnly">Read every table (<c>pg_read_all_data</c>); otherwise it acts as the database's owner.</param>
public sealed record PostgresUser(string Name, string Database, bool ReadOnly);
