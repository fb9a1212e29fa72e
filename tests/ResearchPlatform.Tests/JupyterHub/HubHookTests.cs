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

        # The cluster the hub runs in, as the hook reads it: claims, volumes, backends, kube-system's UID.
        class Reader:
            def __init__(self, world):
                self.world = world
            async def cluster(self):
                return self.world.get("cluster")
            async def claim(self, namespace, name):
                return self.world.get("claims", {}).get(f"{namespace}/{name}")
            async def volume(self, name):
                return self.world.get("volumes", {}).get(name)
            async def backend(self, namespace, name):
                return self.world.get("backends", {}).get(f"{namespace}/{name}")

        world = json.loads(open(sys.argv[3]).read()) if len(sys.argv) > 3 else {}
        hook.READER = lambda spawner: Reader(world)

        class Spawner:
            def __init__(self, state):
                self.user = User(state)
                self.namespace = "jupyterhub"
                self.pvc_name = "claim-someone"
                self.storage_extra_annotations = {}
                self.home_volume = world.get("recorded")
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
                              envFrom=[e["secretRef"]["name"] for e in spawner.extra_container_config.get("envFrom", [])],
                              claimAnnotations=spawner.storage_extra_annotations,
                              recordedAtSpawn=spawner.home_volume)
                # The server started: its claim is bound, and the hub records the home.
                world["claims"] = world.get("started", world.get("claims", {}))
                asyncio.run(hook.record_home(spawner, spawner.research_platform_tier, Reader(world)))
                result["recorded"] = spawner.home_volume
            except (hook.NoTier, hook.HomeNotReady) as e:
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

    private const string Backend = "trident/students-ontap-nas-economy";

    private static readonly object Bound = new Dictionary<string, object> { ["jupyterhub/claim-someone"] = new { spec = new { volumeName = "pvc-5f1e" } } };

    private static readonly object Volumes = new Dictionary<string, object>
    {
        ["pvc-5f1e"] = new { spec = new { csi = new { volumeAttributes = new { internalID = "/svm/svm_dsp_students_north/flexvol/trident_qtree_pool_dsp_KQWERT/qtree/trident_pvc_5f1e" } } } },
    };

    [Fact]
    public void Hook_StudentRecordedByAnotherCluster_ClaimImportsTheRecordedQtree()
    {
        var world = new
        {
            cluster = "uid-south",
            recorded = new { volume = "trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e", cluster = "uid-north" },
            backends = new Dictionary<string, object> { [Backend] = new { status = new { backendInfo = new { backendUUID = "c2b7e9a0-1d3f-4e5a-8b6c-7d8e9f0a1b2c" } } } },
        };

        var result = Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = Ldap([Students]) }, world)["user"];

        var annotations = result.GetProperty("claimAnnotations");
        Assert.Equal("trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e", annotations.GetProperty("trident.netapp.io/importOriginalName").GetString());
        Assert.Equal("c2b7e9a0-1d3f-4e5a-8b6c-7d8e9f0a1b2c", annotations.GetProperty("trident.netapp.io/importBackendUUID").GetString());
        Assert.Equal("true", annotations.GetProperty("trident.netapp.io/importNoRename").GetString());
        Assert.Equal(3, annotations.EnumerateObject().Count());
    }

    [Fact]
    public void Hook_StudentBeforeTheBackendIsOnline_IsRefusedRatherThanGivenAnEmptyHome()
    {
        var world = new { cluster = "uid-south", recorded = new { volume = "trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e", cluster = "uid-north" } };

        var result = Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = Ldap([Students]) }, world)["user"];

        Assert.Equal("someone's home trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e waits for Trident backend students-ontap-nas-economy to come online", result.GetProperty("refused").GetString());
    }

    [Fact]
    public void Hook_StudentClaimDeletedInTheClusterThatRecordedIt_StartsAnewAndRecordsTheNewHome()
    {
        var world = new { cluster = "uid-north", recorded = new { volume = "trident_qtree_pool_dsp_OLD/trident_pvc_0a0a", cluster = "uid-north" }, started = Bound, volumes = Volumes };

        var result = Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = Ldap([Students]) }, world)["user"];

        Assert.Empty(result.GetProperty("claimAnnotations").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("recordedAtSpawn").ValueKind);
        Assert.Equal("trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e", result.GetProperty("recorded").GetProperty("volume").GetString());
        Assert.Equal("uid-north", result.GetProperty("recorded").GetProperty("cluster").GetString());
    }

    [Fact]
    public void Hook_StudentWithAClaim_KeepsItAndRecordsItsQtree()
    {
        var world = new { cluster = "uid-north", claims = Bound, volumes = Volumes };

        var result = Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = Ldap([Students]) }, world)["user"];

        Assert.Empty(result.GetProperty("claimAnnotations").EnumerateObject());
        Assert.Equal("trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e", result.GetProperty("recorded").GetProperty("volume").GetString());
    }

    [Fact]
    public void Hook_ResearcherOnAMirroredTier_IsNeitherRecordedNorImported()
    {
        var world = new { cluster = "uid-south", claims = Bound, volumes = Volumes, recorded = (object?)null };

        var result = Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = Ldap([Researchers]) }, world)["user"];

        Assert.Empty(result.GetProperty("claimAnnotations").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("recorded").ValueKind);
    }

    // KubeSpawner as far as the hub's spawner class builds on it: its state, and a start that binds the claim.
    private const string SpawnerHarness = """
        import asyncio, importlib.util, json, sys, types

        class KubeSpawner:
            profile_list = []
            def __init__(self):
                self.namespace = "jupyterhub"
                self.pvc_name = "claim-someone"
                self.log = None
            def get_state(self):
                return {"pod_name": "jupyter-someone"}
            def load_state(self, state):
                self.pod_name = state.get("pod_name")
            async def start(self):
                return "http://10.0.0.5:8888"

        sys.modules["kubespawner"] = types.SimpleNamespace(KubeSpawner=KubeSpawner)
        spec = importlib.util.spec_from_file_location("hook", sys.argv[1])
        hook = importlib.util.module_from_spec(spec)
        config = types.SimpleNamespace(JupyterHub=types.SimpleNamespace(), KubeSpawner=types.SimpleNamespace(profile_list=[]), Authenticator=types.SimpleNamespace())
        hook.c = config
        spec.loader.exec_module(hook)

        class Reader:
            async def cluster(self):
                return "uid-north"
            async def claim(self, namespace, name):
                return {"spec": {"volumeName": "pvc-5f1e"}}
            async def volume(self, name):
                return {"spec": {"csi": {"volumeAttributes": {"internalID": "/svm/s/flexvol/trident_qtree_pool_dsp_KQWERT/qtree/trident_pvc_5f1e"}}}}

        hook.READER = lambda spawner: Reader()
        first = hook.PlatformSpawner()
        first.research_platform_tier = {"homes": {"backend": "students-ontap-nas-economy", "backendNamespace": "trident"}}
        url = asyncio.run(first.start())
        saved = json.loads(json.dumps(first.get_state()))
        again = hook.PlatformSpawner()
        again.load_state(saved)
        print(json.dumps({"url": url, "saved": saved, "loaded": again.home_volume,
                          "spawnerClass": config.JupyterHub.spawner_class.__name__}))
        """;

    [Fact]
    public void Hook_SpawnerState_KeepsTheRecordedHomeThroughTheHubDatabase()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "hook.py"), HubHook.Source);
        File.WriteAllText(Path.Combine(temp.Path, "table.json"), Table(OfStack("prod")));
        File.WriteAllText(Path.Combine(temp.Path, "harness.py"), SpawnerHarness);

        var result = Python(temp.Path, [Path.Combine(temp.Path, "harness.py"), Path.Combine(temp.Path, "hook.py")]);

        Assert.Equal("PlatformSpawner", result.GetProperty("spawnerClass").GetString());
        Assert.Equal("http://10.0.0.5:8888", result.GetProperty("url").GetString());
        Assert.Equal("jupyter-someone", result.GetProperty("saved").GetProperty("pod_name").GetString());
        var home = result.GetProperty("saved").GetProperty("research_platform_home");
        Assert.Equal("trident_qtree_pool_dsp_KQWERT/trident_pvc_5f1e", home.GetProperty("volume").GetString());
        Assert.Equal("uid-north", home.GetProperty("cluster").GetString());
        Assert.Equal(home.GetRawText(), result.GetProperty("loaded").GetRawText());
    }

    private static object Ldap(string[] groups, string[]? memberOf = null) =>
        new { ldap_groups = groups, user_attributes = new { memberOf = memberOf ?? [] } };

    private static JsonElement Decide(object authState) =>
        Run(Table(OfStack("prod")), new Dictionary<string, object> { ["user"] = authState })["user"];

    private static string Table(YamlDotNet.RepresentationModel.YamlNode values) =>
        Text(values, "hub", "extraFiles", "research-platform-table", "stringData");

    private static IReadOnlyList<string?> Strings(JsonElement result, string property) =>
        result.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    private static Dictionary<string, JsonElement> Run(string table, Dictionary<string, object> cases, object? world = null)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "hook.py"), HubHook.Source);
        File.WriteAllText(Path.Combine(temp.Path, "table.json"), table);
        File.WriteAllText(Path.Combine(temp.Path, "harness.py"), Harness);
        File.WriteAllText(Path.Combine(temp.Path, "cases.json"), JsonSerializer.Serialize(cases));
        File.WriteAllText(Path.Combine(temp.Path, "world.json"), JsonSerializer.Serialize(world ?? new { }));
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Python(temp.Path, [Path.Combine(temp.Path, "harness.py"), Path.Combine(temp.Path, "hook.py"), Path.Combine(temp.Path, "cases.json"), Path.Combine(temp.Path, "world.json")]).GetRawText())!;
    }

    private static JsonElement Python(string directory, string[] arguments)
    {
        var start = new ProcessStartInfo("python3", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["RESEARCH_PLATFORM_TABLE"] = Path.Combine(directory, "table.json");
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"python3 failed: {error}");
        return JsonSerializer.Deserialize<JsonElement>(output);
    }
}
