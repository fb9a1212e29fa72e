namespace ResearchPlatform.Components.ModelServing;

/// <summary>The model endpoint as notebooks and people reach it.</summary>
/// <param name="Url">The public base URL, behind single sign-on: <c>https://models.example.edu</c>.</param>
/// <param name="Namespace">The namespace the model servers run in.</param>
/// <param name="Models">The models served.</param>
public sealed record ModelServingHandle(string Url, string Namespace, IReadOnlyList<ServedModel> Models)
{
    /// <summary>The in-cluster address of <paramref name="model"/>, which only notebooks may reach.</summary>
    public string InternalUrl(ServedModel model) => ModelServing.InternalUrl(model.Name, Namespace);
}
