using System.Diagnostics;
using System.Text.Json;
using ResearchPlatform.Components.JupyterHub;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.JupyterHub.HubValues;

namespace ResearchPlatform.Tests.JupyterHub;

/// <summary>
/// The hub hook's decisions, run as Python against the decision table of the prod render: which tier,
/// profiles, home volume, drives and admin rights each kind of user gets.
/// </summary>
public class HubHookTests
{
    private const string Students = "CN=DSP-Students,OU=Groups,DC=uni-example,DC=edu";
    private const string Researchers = "CN=DSP-Researchers,OU=Groups,DC=uni-example,DC=edu";
    private const string Admins = "CN=DSP-Admins,OU=Groups,DC=uni-example,DC=edu";
    private const string Chemistry = "CN=DSP-Chemistry,OU=Groups,DC=uni-example,DC=edu";

    private const string Harness = """
        import asyncio, importlib.util, json, sys

        spec = importlib.util.spec_from_file_location("hook", sys.argv[1])
        hook = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(hook)

        class User:
            def __init__(self, state):
                self.name = "someone"
                self._state = state
            async def get_auth_state(self):
                return self._state

        class Spawner:
            def __init__(self, state):
                self.user = User(state)
                self.volumes = []
                self.volume_mounts = []
                self.storage_class = None
                self.storage_capacity = None
                self.environment = {"JUPYTERHUB_SERVICE_PREFIX": "/user/someone/"}
                self.extra_container_config = {}
                self.extra_labels = {"hub.jupyter.org/network-access-hub": "true"}
                self.storage_extra_labels = {"hub.jupyter.org/username": "someone"}

        profiles = [{"slug": s} for s in ["basic", "data-science", "gpu"]]
        results = {}
        for name, state in json.loads(open(sys.argv[2]).read()).items():
            spawner = Spawner(state)
            result = {"profiles": [p["slug"] for p in asyncio.run(hook.profile_filter(profiles)(spawner))]}
            try:
                asyncio.run(hook.pre_spawn_hook(spawner))
                result.update(storageClass=spawner.storage_class, capacity=spawner.storage_capacity,
                              mounts=[(m["mountPath"], m["readOnly"]) for m in spawner.volume_mounts],
                              claims=[v["persistentVolumeClaim"]["claimName"] for v in spawner.volumes if "persistentVolumeClaim" in v],
                              configMaps=[v["configMap"]["name"] for v in spawner.volumes if "configMap" in v],
                              environment=spawner.environment,
                              labels=spawner.extra_labels,
                              claimLabels=spawner.storage_extra_labels,
                              envFrom=[e["secretRef"]["name"] for e in spawner.extra_container_config.get("envFrom", [])])
            except hook.NoTier as e:
                result["refused"] = str(e)
            model = asyncio.run(hook.post_auth_hook(None, None, {"name": "someone", "auth_state": state}))
            result["admin"] = model["admin"]
            results[name] = result
        print(json.dumps(results))
        """;

    [Fact]
    public void Hook_Researcher_GetsTheResearcherTier()
    {
        var result = Decide(Ldap([Researchers]));

        Assert.Equal("researcher", result.GetProperty("storageClass").GetString());
        Assert.Equal("100Gi", result.GetProperty("capacity").GetString());
        Assert.Equal(["basic", "data-science", "gpu"], Strings(result, "profiles"));
        Assert.False(result.GetProperty("admin").GetBoolean());

        // The tier label is added beside the chart's own, which monitoring groups CPU and memory by.
        Assert.Equal("researcher", result.GetProperty("labels").GetProperty("research-platform/tier").GetString());
        Assert.Equal("true", result.GetProperty("labels").GetProperty("hub.jupyter.org/network-access-hub").GetString());

        // A new home carries the tier too, which the DR mirror of the replicated tier selects.
        Assert.Equal("researcher", result.GetProperty("claimLabels").GetProperty("research-platform/tier").GetString());
        Assert.Equal("someone", result.GetProperty("claimLabels").GetProperty("hub.jupyter.org/username").GetString());
    }

    [Fact]
    public void Hook_Student_GetsTheStudentTierAndItsProfilesOnly()
    {
        var result = Decide(Ldap([Students]));

        Assert.Equal("student", result.GetProperty("storageClass").GetString());
        Assert.Equal("10Gi", result.GetProperty("capacity").GetString());
        Assert.Equal(["basic", "data-science"], Strings(result, "profiles"));
    }

    [Fact]
    public void Hook_StudentWhoIsAlsoResearcher_GetsTheResearcherTier()
    {
        Assert.Equal("researcher", Decide(Ldap([Students, Researchers])).GetProperty("storageClass").GetString());
    }

    [Fact]
    public void Hook_Admin_IsAdminWithTheResearcherTier()
    {
        var result = Decide(Ldap([Admins]));

        Assert.True(result.GetProperty("admin").GetBoolean());
        Assert.Equal("researcher", result.GetProperty("storageClass").GetString());
    }

    [Fact]
    public void Hook_GroupDnInAnotherCase_StillMatches()
    {
        Assert.Equal("student", Decide(Ldap([Students.ToLowerInvariant()])).GetProperty("storageClass").GetString());
    }

    [Fact]
    public void Hook_DepartmentMember_GetsTheDriveOthersDoNot()
    {
        var member = Decide(Ldap([Students], memberOf: [Chemistry, "CN=Staff,OU=Groups,DC=uni-example,DC=edu"]));
        var other = Decide(Ldap([Students]));

        Assert.Equal(["share-chemistry"], Strings(member, "claims"));
        Assert.Equal("/home/jovyan/shares/chemistry", member.GetProperty("mounts")[0][0].GetString());
        Assert.False(member.GetProperty("mounts")[0][1].GetBoolean());
        Assert.Empty(Strings(other, "claims"));
    }

    [Fact]
    public void Hook_Student_GetsTheStudentRoleAndKeysAndKeepsTheSpawnersEnvironment()
    {
        var result = Decide(Ldap([Students]));
        var environment = result.GetProperty("environment");

        Assert.Equal(["notebook-data-student"], Strings(result, "envFrom"));
        Assert.Equal(["notebook-data-student"], Strings(result, "configMaps"));
        Assert.Equal("research_student", environment.GetProperty("PGUSER").GetString());
        Assert.Equal("https://seaweedfs-s3.objectstore.svc:8443", environment.GetProperty("AWS_ENDPOINT_URL").GetString());
        Assert.Equal("/user/someone/", environment.GetProperty("JUPYTERHUB_SERVICE_PREFIX").GetString());
        Assert.Contains(("/etc/research-platform/data", true), result.GetProperty("mounts").EnumerateArray().Select(m => (m[0].GetString(), m[1].GetBoolean())));
        Assert.False(environment.TryGetProperty("PGPASSWORD", out _), "the password comes from the Secret, not the table");
    }

    [Fact]
    public void Hook_Researcher_GetsTheResearcherRoleAndKeys()
    {
        var result = Decide(Ldap([Researchers]));

        Assert.Equal(["notebook-data-researcher"], Strings(result, "envFrom"));
        Assert.Equal("research_researcher", result.GetProperty("environment").GetProperty("PGUSER").GetString());
    }

    [Fact]
    public void Hook_UserInNoGroup_IsRefusedAServer()
    {
        var result = Decide(Ldap([]));

        Assert.Equal("someone is in none of the platform's groups", result.GetProperty("refused").GetString());
        Assert.Empty(Strings(result, "profiles"));
    }

    [Fact]
    public void Hook_Oidc_ReadsTheGroupsClaim()
    {
        var text = TestStacks.Minimal
            .Replace("      ldap:\n        server: ad.test.example\n        userSearchBase: OU=People,DC=test,DC=example\n        bindDn: CN=svc-ldap,OU=Service,DC=test,DC=example\n        bindPassword:\n          secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ\n",
                "      method: oidc\n      oidc:\n        authorizeUrl: https://id.test.example/auth\n        tokenUrl: https://id.test.example/token\n        userdataUrl: https://id.test.example/userinfo\n        clientId: hub\n        clientSecret:\n          secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ\n        groupsClaim: roles\n      groups:\n        students: dsp-students\n        researchers: dsp-researchers\n        admins: dsp-admins\n");

        var result = Run(Table(OfText(text)), new Dictionary<string, object> { ["user"] = new { oauth_user = new { roles = new[] { "dsp-researchers" } } } })["user"];

        Assert.Equal("researcher", result.GetProperty("storageClass").GetString());
    }

    private static object Ldap(string[] groups, string[]? memberOf = null) =>
        new { ldap_groups = groups, user_attributes = new { memberOf = memberOf ?? [] } };

    private static JsonElement Decide(object authState) =>
        Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = authState })["user"];

    private static string Table(YamlDotNet.RepresentationModel.YamlNode values) =>
        Text(values, "hub", "extraFiles", "research-platform-table", "stringData");

    private static IReadOnlyList<string?> Strings(JsonElement result, string property) =>
        result.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    private static Dictionary<string, JsonElement> Run(string table, Dictionary<string, object> cases)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "hook.py"), HubHook.Source);
        File.WriteAllText(Path.Combine(temp.Path, "table.json"), table);
        File.WriteAllText(Path.Combine(temp.Path, "harness.py"), Harness);
        File.WriteAllText(Path.Combine(temp.Path, "cases.json"), JsonSerializer.Serialize(cases));
        var start = new ProcessStartInfo("python3", [Path.Combine(temp.Path, "harness.py"), Path.Combine(temp.Path, "hook.py"), Path.Combine(temp.Path, "cases.json")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["RESEARCH_PLATFORM_TABLE"] = Path.Combine(temp.Path, "table.json");
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"python3 failed: {error}");
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(output)!;
    }
}
