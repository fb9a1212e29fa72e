using System.Net.Mail;
using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Monitoring;

/// <summary>Grafana's host, Prometheus's tier, retention and volume, and a complete receiver.</summary>
public sealed partial class MonitoringRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:monitoring", "research-platform:storage.tiers"];

    /// <summary>The port of the receiver: the relay's, or the webhook URL's; null when it cannot be read.</summary>
    public static int? ReceiverPort(AlertsConfig alerts) =>
        alerts.Email is { } email ? (Smarthost().Match(email.Smarthost) is { Success: true } m ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null)
        : alerts.Webhook is { } hook && Uri.TryCreate(hook.Url, UriKind.Absolute, out var url) ? url.Port : null;

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.Monitoring is not { } monitoring)
        {
            yield break;
        }

        var root = ConfigPath.Section("monitoring");
        if (!Names.IsDnsName(monitoring.GrafanaHostname))
        {
            yield return new(ConfigPath.Child(root, "grafanaHostname"), $"must be Grafana's DNS name, such as grafana.dsp.uni-example.edu (got '{monitoring.GrafanaHostname}')");
        }

        if (config.Storage.Tiers.All(t => t.Name != monitoring.StorageTier))
        {
            yield return new(ConfigPath.Child(root, "storageTier"), $"'{monitoring.StorageTier}' is not a storage tier; declared: {string.Join(", ", config.Storage.Tiers.Select(t => t.Name))} (research-platform:storage.tiers)");
        }

        if (Days(monitoring.Retention) is not (>= 1 and <= 400))
        {
            yield return new(ConfigPath.Child(root, "retention"), $"must be 1d to 400d, in days or weeks such as 30d or 8w (got '{monitoring.Retention}')");
        }

        if (Gibibytes(monitoring.VolumeSize) is not (>= 10 and <= 10240))
        {
            yield return new(ConfigPath.Child(root, "volumeSize"), $"must be 10Gi to 10Ti, such as 200Gi (got '{monitoring.VolumeSize}')");
        }

        foreach (var error in Receiver(ConfigPath.Child(root, "alerts"), monitoring.Alerts))
        {
            yield return error;
        }
    }

    private static IEnumerable<ConfigError> Receiver(string path, AlertsConfig alerts)
    {
        if ((alerts.Email is null) == (alerts.Webhook is null))
        {
            yield return new(path, "needs exactly one receiver: email (to, from, smarthost) or webhook (url)");
            yield break;
        }

        if (alerts.Network.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(path, "network"), $"must be the receiver's network, such as 10.41.0.0/24; Alertmanager may reach nothing else there (got '{alerts.Network}')");
        }

        if (alerts.Email is { } email)
        {
            var at = ConfigPath.Child(path, "email");
            foreach (var (key, address) in new[] { ("to", email.To), ("from", email.From) })
            {
                if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
                {
                    yield return new(ConfigPath.Child(at, key), $"must be one e-mail address, such as dc-ops@uni-example.edu (got '{address}')");
                }
            }

            if (Smarthost().Match(email.Smarthost) is not { Success: true } relay || !Names.IsDnsName(relay.Groups[1].Value) || int.Parse(relay.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 65535)
            {
                yield return new(ConfigPath.Child(at, "smarthost"), $"must be the relay as host:port, such as smtp.uni-example.edu:587 (got '{email.Smarthost}')");
            }

            if (email.Username is null != email.Password is null)
            {
                yield return new(ConfigPath.Child(at, email.Username is null ? "username" : "password"),
                    "is required with " + (email.Username is null ? "password: the relay's user" : "username: that user's password, as a secret"));
            }
        }
        else if (alerts.Webhook is { } hook && (!Uri.TryCreate(hook.Url, UriKind.Absolute, out var url) || url.Scheme != "https" || url.UserInfo.Length > 0))
        {
            yield return new(ConfigPath.Child(ConfigPath.Child(path, "webhook"), "url"), $"must be the webhook's https URL, with any token in token (got '{hook.Url}')");
        }
    }

    private static int? Days(string retention) => Retention().Match(retention) is { Success: true } m
        ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups[2].Value == "w" ? 7 : 1)
        : null;

    private static double? Gibibytes(string size) => Size().Match(size) is { Success: true } m
        ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups[2].Value == "Ti" ? 1024 : 1)
        : null;

    [GeneratedRegex("^([0-9]{1,4})(d|w)\\z")]
    private static partial Regex Retention();

    [GeneratedRegex("^([0-9]{1,5}(?:\\.[0-9]+)?)(Gi|Ti)\\z")]
    private static partial Regex Size();

    [GeneratedRegex("^([A-Za-z0-9.-]+):([0-9]{1,5})\\z")]
    private static partial Regex Smarthost();
}
