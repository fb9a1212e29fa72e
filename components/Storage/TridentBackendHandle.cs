using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Storage;

/// <summary>A TridentBackendConfig as others refer to it: the hub reads its backend UUID to import volumes.</summary>
/// <param name="Name">The object's name (<c>&lt;svm&gt;-&lt;driver&gt;</c>).</param>
/// <param name="Namespace">Trident's namespace, where the object lives.</param>
public sealed record TridentBackendHandle(string Name, string Namespace)
{
    /// <summary>The backend of <paramref name="svm"/>'s volumes of <paramref name="driver"/>; the one name <see cref="TridentBackends"/> gives it.</summary>
    public static TridentBackendHandle Of(string svm, TridentDriver driver) => new($"{svm}-{Kebab.Of(driver)}", Trident.Namespace);
}
