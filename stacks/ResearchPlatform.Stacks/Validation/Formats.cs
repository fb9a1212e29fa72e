using System.Text.RegularExpressions;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>The value formats several sections check: pinned images, Kubernetes quantities, CPU amounts.</summary>
public static partial class Formats
{
    /// <summary>An image pinned by tag and digest: <c>registry/name:tag@sha256:&lt;64 hex&gt;</c>.</summary>
    public static bool IsPinnedImage(string image) => PinnedImage().IsMatch(image);

    /// <summary>The error for an image that is not pinned, with an example of one that is.</summary>
    public static string NotPinned(string example, string image) =>
        $"must be pinned by tag and digest, such as {example}@sha256:<64 hex digits>, so every site runs the same bytes (got '{image}')";

    /// <summary>A memory or storage quantity such as <c>2Gi</c> or <c>512Mi</c>.</summary>
    public static bool IsQuantity(string value) => Quantity().IsMatch(value);

    /// <summary>A CPU amount such as <c>500m</c> or <c>2</c>, above zero.</summary>
    public static bool IsCpu(string value) => Cpu().IsMatch(value) && value.TrimEnd('m').Any(c => c is >= '1' and <= '9');

    [GeneratedRegex(@"^[a-z0-9.\-/:]+:[A-Za-z0-9._\-]+@sha256:[0-9a-f]{64}\z")]
    private static partial Regex PinnedImage();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?\z")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^([0-9]{1,6}m|[0-9]{1,3}(\.[0-9]{1,3})?)\z")]
    private static partial Regex Cpu();
}
