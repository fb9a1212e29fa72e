using System.Diagnostics;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.ModelServing;

/// <summary>The model endpoint as prod renders it: servers, sign-in, route, broker client and notebooks.</summary>
public class ModelServingTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static IReadOnlyList<YamlNode> Objects(string model) => Parse(Render.Files[$"components/modelserving/model-{model}.manifest.yaml"]);

    private static YamlMappingNode Pod(string model) => (YamlMappingNode)Objects(model).Single(o => At(o, "kind") == "Deployment")["spec"]["template"]["spec"];

    private static YamlMappingNode Container(YamlMappingNode pod, string list, string name) =>
        (YamlMappingNode)((YamlSequenceNode)pod[list]).Single(c => At(c, "name") == name);

    [Theory]
    [InlineData("iris-classifier", "mlserver_sklearn.SKLearnModel", "s3://models/iris-classifier/v3/")]
    [InlineData("enzyme-activity", "mlserver_xgboost.XGBoostModel", "s3://models/chemistry/enzyme-activity/2026-11/")]
    public void Render_EachModel_LoadsItsFilesIntoItsRuntimeAndIsReadyWhenLoaded(string model, string implementation, string location)
    {
        var pod = Pod(model);
        var server = Container(pod, "containers", "mlserver");
        var env = ((YamlSequenceNode)server["env"]).ToDictionary(e => At(e, "name"), e => At(e, "value"));

        Assert.Equal((model, implementation, "/mnt/models"), (env["MLSERVER_MODEL_NAME"], env["MLSERVER_MODEL_IMPLEMENTATION"], env["MLSERVER_MODEL_URI"]));
        Assert.Equal($"/v2/models/{model}/ready", At(server, "readinessProbe", "httpGet", "path"));
        Assert.Equal([location, "/mnt/models"], ((YamlSequenceNode)Container(pod, "initContainers", "fetch-model")["args"]).Select(Scalar));
        Assert.Equal(At(server, "image"), At(Container(pod, "initContainers", "fetch-model"), "image"));
    }

    [Fact]
    public void Render_EveryModelPod_IsRestrictedWithRequestsAndLimits()
    {
        foreach (var model in new[] { "iris-classifier", "enzyme-activity" })
        {
            var pod = Pod(model);
            Assert.Equal(("true", "1000", "RuntimeDefault", "false"), (At(pod, "securityContext", "runAsNonRoot"), At(pod, "securityContext", "runAsUser"), At(pod, "securityContext", "seccompProfile", "type"), At(pod, "automountServiceAccountToken")));
            foreach (var container in ((YamlSequenceNode)pod["containers"]).Concat((YamlSequenceNode)pod["initContainers"]))
            {
                Assert.Equal(("false", "ALL"), (At(container, "securityContext", "allowPrivilegeEscalation"), Scalar(((YamlSequenceNode)container["securityContext"]["capabilities"]["drop"])[0])));
                Assert.NotNull(At(container, "resources", "requests", "memory"));
                Assert.NotNull(At(container, "resources", "limits", "cpu"));
            }
        }
    }

    [Fact]
    public void Render_SignInProxy_UsesTheBrokerWithItsCaAndAnswersApiCallsWith401()
    {
        var args = ((YamlSequenceNode)Container(Pod("iris-classifier"), "containers", "sign-in")["args"]).Select(Scalar).ToList();

        Assert.Contains("--oidc-issuer-url=https://login.dsp.uni-example.edu", args);
        Assert.Contains("--client-id=models", args);
        Assert.Contains("--redirect-url=https://models.dsp.uni-example.edu/iris-classifier/oauth2/callback", args);
        Assert.Contains("--skip-jwt-bearer-tokens=true", args);
        Assert.Contains("--api-route=^/v2/", args);
        Assert.Contains("--upstream=http://127.0.0.1:8080/", args);
    }

    [Fact]
    public void Render_Route_SendsEachModelsPathToItsSignInProxyWithoutThePrefix()
    {
        var route = Parse(Render.Files["components/modelserving/models-route.manifest.yaml"]).Single();
        var rules = (YamlSequenceNode)route["spec"]["rules"];

        Assert.Equal("models.dsp.uni-example.edu", Scalar(((YamlSequenceNode)route["spec"]["hostnames"])[0]));
        Assert.Equal(["/iris-classifier", "/enzyme-activity"], rules.Select(r => At(((YamlSequenceNode)r["matches"])[0], "path", "value")));
        Assert.All(rules, r => Assert.Equal(("/", "4180"), (At(((YamlSequenceNode)r["filters"])[0], "urlRewrite", "path", "replacePrefixMatch"), At(((YamlSequenceNode)r["backendRefs"])[0], "port"))));
    }

    [Fact]
    public void Render_BrokerClient_AllowsEveryModelsCallback()
    {
        var clients = (YamlSequenceNode)((YamlMappingNode)Parse(Render.Files["components/identity/dex.values.yaml"]).Single())["config"]["staticClients"];
        var models = clients.Single(c => At(c, "id") == "models");

        Assert.Equal(
            ["https://models.dsp.uni-example.edu/iris-classifier/oauth2/callback", "https://models.dsp.uni-example.edu/enzyme-activity/oauth2/callback"],
            ((YamlSequenceNode)models["redirectURIs"]).Select(Scalar));
    }

    [Fact]
    public void Render_Notebooks_FindEachModelsInClusterAddress()
    {
        var values = (YamlMappingNode)Parse(Render.Files["components/jupyterhub/jupyterhub.values.yaml"]).Single();

        Assert.Equal("http://model-iris-classifier.model-serving.svc:8080", At(values, "singleuser", "extraEnv", "MODEL_IRIS_CLASSIFIER_URL"));
        Assert.Equal("http://model-enzyme-activity.model-serving.svc:8080", At(values, "singleuser", "extraEnv", "MODEL_ENZYME_ACTIVITY_URL"));
    }

    [Fact]
    public void Render_StackWithoutTheSection_HasNoEndpoint()
    {
        var plan = Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(TestStacks.Minimal));

        Assert.DoesNotContain(plan.Components, c => c.Type == Components.ModelServing.ModelServing.Type);
        Assert.DoesNotContain(plan.Resources, r => r.Name.StartsWith("model", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[\"iris/v1/model.joblib\", \"iris/v1/settings/a.json\", \"iris/v1/\", \"iris/v10/other.bin\"]", "ok model.joblib settings/a.json")]
    [InlineData("[\"iris/v1/../../etc/passwd\"]", "refused object iris/v1/../../etc/passwd: its name would land outside DIR")]
    [InlineData("[]", "refused no files under iris/v1/: upload the model's files there first")]
    public void Loader_PlansDownloads_InsideTheModelFolderOnly(string keys, string expected)
    {
        using var temp = new TempDirectory();
        var script = $"""
            import json, sys
            sys.path.insert(0, {Py(Path.Combine(RepoPaths.Root, "images", "model-server"))})
            import fetch_model
            bucket, prefix = fetch_model.parse_location("s3://models/iris/v1")
            try:
                plan = fetch_model.plan_downloads(prefix, json.loads(sys.argv[1]), {Py(temp.Path)})
                print("ok " + " ".join(target[len({Py(temp.Path)}) + 1:] for _, target in plan))
            except fetch_model.ModelLocationError as error:
                print("refused " + str(error).replace({Py(temp.Path)}, "DIR"))
            """;
        var start = new ProcessStartInfo("python3", ["-c", script, keys]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();

        Assert.True(python.ExitCode == 0, $"python3 failed: {error}");
        Assert.Equal(expected, output.TrimEnd('\n'));
    }

    private static string Py(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
