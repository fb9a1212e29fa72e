using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>Alertmanager's configuration, written into a Secret because it holds the receiver's credentials.</summary>
public static class AlertmanagerConfig
{
    /// <summary>The receiver every alert goes to.</summary>
    public const string Receiver = "operations";

    /// <summary>The configuration for <paramref name="receiver"/>: one route, critical alerts silencing warnings of the same alert.</summary>
    public static PlanValue For(AlertReceiver receiver) => new YamlDocumentValue(Map(
        ("global", receiver.EmailTo is null ? Map(("resolve_timeout", "5m")) : Map(
            ("resolve_timeout", "5m"),
            ("smtp_from", receiver.EmailFrom),
            ("smtp_smarthost", receiver.Smarthost),
            ("smtp_require_tls", true),
            ("smtp_auth_username", receiver.Username),
            ("smtp_auth_password", receiver.Password))),
        ("route", Map(
            ("receiver", Receiver),
            ("group_by", Strings(["namespace", "alertname"])),
            ("group_wait", "30s"),
            ("group_interval", "5m"),
            ("repeat_interval", "4h"),

            // The always-firing Watchdog proves the pipeline works; it is not for people.
            ("routes", List(Map(("receiver", "null"), ("matchers", Strings(["alertname = \"Watchdog\""]))))))),
        ("inhibit_rules", List(Map(
            ("source_matchers", Strings(["severity = critical"])),
            ("target_matchers", Strings(["severity =~ warning|info"])),
            ("equal", Strings(["namespace", "alertname"]))))),
        ("receivers", List(
            Map(("name", "null")),
            receiver.EmailTo is { } to
                ? Map(("name", Receiver), ("email_configs", List(Map(("to", to), ("send_resolved", true)))))
                : Map(("name", Receiver), ("webhook_configs", List(Map(
                    ("url", receiver.WebhookUrl),
                    ("send_resolved", true),
                    ("http_config", receiver.WebhookToken is { } token ? Map(("authorization", Map(("type", "Bearer"), ("credentials", token)))) : null)))))))));
}
