
namespace ResearchPlatform.Components.JupyterHub;

/// <summary>The decision table the hub hook reads: tiers in order, department drives, the admin group.</summary>
public static class HubTable
{
    /// <summary>The table as indented JSON.</summary>
    public static string Json(JupyterHubArgs args)
    {
        var table = new OrderedDictionary<string, object?>
        {
            // The broker is an OIDC provider to the hub: its groups arrive in the token, as OIDC's do.
            ["authMethod"] = args.Login.Method == AuthMethod.Ldap ? "ldap" : "oidc",
            ["groupsClaim"] = args.Login.GroupsClaim,
            ["adminGroup"] = args.Login.AdminGroup,
            ["tiers"] = args.Tiers.Select(t => new OrderedDictionary<string, object?>
            {
                ["name"] = t.Name,
                ["groups"] = t.Groups,
                ["storageClass"] = t.StorageClass,
                ["capacity"] = t.Capacity,
                ["profiles"] = t.Profiles,
                ["homes"] = t.Homes is { } homes
                    ? new OrderedDictionary<string, object?>
                    {
                        ["backend"] = homes.Backend.Name,
                        ["backendNamespace"] = homes.Backend.Namespace,
                    }
                    : null,
                ["data"] = args.Data?.Tiers.FirstOrDefault(d => d.Tier == t.Name) is { } data
                    ? new OrderedDictionary<string, object?>
                    {
                        ["secret"] = NotebookData.ObjectName(data.Tier),
                        ["configMap"] = NotebookData.ObjectName(data.Tier),
                        ["mountPath"] = NotebookData.MountPath,
                        ["environment"] = new OrderedDictionary<string, object?>(args.Data.Environment(data).Select(e => KeyValuePair.Create(e.Key, (object?)e.Value))),
                    }
                    : null,
            }).ToList(),
            ["shares"] = args.Shares.Select(s => new OrderedDictionary<string, object?>
            {
                ["name"] = s.Name,
                ["group"] = s.Group,
                ["claim"] = s.ClaimName,
                ["mountPath"] = s.MountPath,
                ["readOnly"] = s.ReadOnly,
            }).ToList(),
        };
        return Plan.Values.PlainJson.Write(table);
    }
}
