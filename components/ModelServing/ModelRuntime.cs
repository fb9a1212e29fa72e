namespace ResearchPlatform.Components.ModelServing;

/// <summary>The MLServer inference runtime that loads a model's files.</summary>
public enum ModelRuntime
{
    /// <summary>A scikit-learn model saved with joblib (<c>model.joblib</c>).</summary>
    Sklearn,

    /// <summary>An XGBoost booster (<c>model.bst</c> or <c>model.json</c>).</summary>
    Xgboost,

    /// <summary>A LightGBM booster (<c>model.bst</c>).</summary>
    Lightgbm,

    /// <summary>An MLflow model directory (<c>MLmodel</c> and its files).</summary>
    Mlflow,
}
