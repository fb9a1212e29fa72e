namespace ResearchPlatform.Components.ModelServing;

/// <summary>What MLServer calls each <see cref="ModelRuntime"/>.</summary>
public static class ModelRuntimes
{
    /// <summary>The runtime's implementation class, as <c>MLSERVER_MODEL_IMPLEMENTATION</c> takes it.</summary>
    public static string Implementation(ModelRuntime runtime) => runtime switch
    {
        ModelRuntime.Sklearn => "mlserver_sklearn.SKLearnModel",
        ModelRuntime.Xgboost => "mlserver_xgboost.XGBoostModel",
        ModelRuntime.Lightgbm => "mlserver_lightgbm.LightGBMModel",
        ModelRuntime.Mlflow => "mlserver_mlflow.MLflowRuntime",
        _ => throw new ArgumentOutOfRangeException(nameof(runtime), runtime, "not an MLServer runtime"),
    };
}
