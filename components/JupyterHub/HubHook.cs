namespace ResearchPlatform.Components.JupyterHub;

/// <summary>
/// The hub's hook: the decision of who gets which tier, profiles, home volume, department drives
/// and admin rights, from the groups the login reports. The decisions are pure functions over a
/// table the plan writes (<see cref="TablePath"/>), so the tests run them with plain Python.
/// </summary>
public static class HubHook
{
    /// <summary>Where the hub finds the decision table.</summary>
    public const string TablePath = "/usr/local/etc/jupyterhub/research-platform/table.json";

    /// <summary>The hub configuration snippet (Python), the same for every stack.</summary>
    public const string Source = """
        # research-platform: each user's tier, profiles, home volume, department drives and admin
        # rights follow from the groups the login reports. The decision table is written by the plan.
        import json
        import os

        TABLE_PATH = os.environ.get("RESEARCH_PLATFORM_TABLE", "/usr/local/etc/jupyterhub/research-platform/table.json")

        with open(TABLE_PATH, encoding="utf-8") as table_file:
            TABLE = json.load(table_file)


        def _norm(group):
            return str(group).strip().lower()


        def groups_from_auth_state(auth_state, table):
            # LDAP reports the matched allowed groups, and memberOf (direct groups) for department
            # drives; OIDC reports the groups claim of the userinfo.
            state = auth_state or {}
            if table["authMethod"] == "ldap":
                member_of = (state.get("user_attributes") or {}).get("memberOf") or []
                if isinstance(member_of, str):
                    member_of = [member_of]
                return list(state.get("ldap_groups") or []) + list(member_of)
            claim = (state.get("oauth_user") or {}).get(table["groupsClaim"]) or []
            return [claim] if isinstance(claim, str) else list(claim)


        def choose_tier(groups, table):
            # Tiers are tried in order (researchers before students): the first one wins.
            mine = {_norm(g) for g in groups}
            for tier in table["tiers"]:
                if any(_norm(g) in mine for g in tier["groups"]):
                    return tier
            return None


        def shares_for(groups, table):
            mine = {_norm(g) for g in groups}
            return [share for share in table["shares"] if _norm(share["group"]) in mine]


        def is_admin(groups, table):
            return _norm(table["adminGroup"]) in {_norm(g) for g in groups}


        class NoTier(Exception):
            pass


        async def _groups(spawner):
            return groups_from_auth_state(await spawner.user.get_auth_state(), TABLE)


        def profile_filter(all_profiles):
            async def profile_list(spawner):
                tier = choose_tier(await _groups(spawner), TABLE)
                return [] if tier is None else [p for p in all_profiles if p["slug"] in tier["profiles"]]

            return profile_list


        def apply_data(spawner, tier):
            # The research database and S3: settings in the environment and in mounted files, the
            # tier's password and keys from its Secret, so no notebook needs connection code.
            data = tier.get("data")
            if not data:
                return
            spawner.environment = {**spawner.environment, **data["environment"]}
            env_from = [*(spawner.extra_container_config.get("envFrom") or []), {"secretRef": {"name": data["secret"]}}]
            spawner.extra_container_config = {**spawner.extra_container_config, "envFrom": env_from}
            spawner.volumes = [*spawner.volumes, {"name": "research-platform-data", "configMap": {"name": data["configMap"]}}]
            mount = {"name": "research-platform-data", "mountPath": data["mountPath"], "readOnly": True}
            spawner.volume_mounts = [*spawner.volume_mounts, mount]


        async def pre_spawn_hook(spawner):
            groups = await _groups(spawner)
            tier = choose_tier(groups, TABLE)
            if tier is None:
                raise NoTier(f"{spawner.user.name} is in none of the platform's groups")
            spawner.storage_class = tier["storageClass"]
            spawner.storage_capacity = tier["capacity"]
            # Monitoring reads CPU and memory by tier from this label.
            spawner.extra_labels = {**spawner.extra_labels, "research-platform/tier": tier["name"]}
            # A new home carries its tier too: the DR mirror of a replicated tier selects by it.
            spawner.storage_extra_labels = {**spawner.storage_extra_labels, "research-platform/tier": tier["name"]}
            for share in shares_for(groups, TABLE):
                claim = {"claimName": share["claim"], "readOnly": share["readOnly"]}
                spawner.volumes = [*spawner.volumes, {"name": share["claim"], "persistentVolumeClaim": claim}]
                mount = {"name": share["claim"], "mountPath": share["mountPath"], "readOnly": share["readOnly"]}
                spawner.volume_mounts = [*spawner.volume_mounts, mount]
            apply_data(spawner, tier)


        async def post_auth_hook(authenticator, handler, auth_model):
            if auth_model is not None:
                groups = groups_from_auth_state(auth_model.get("auth_state"), TABLE)
                auth_model["admin"] = is_admin(groups, TABLE)
            return auth_model


        if "c" in globals():
            _profiles = c.KubeSpawner.profile_list
            c.KubeSpawner.profile_list = profile_filter(_profiles if isinstance(_profiles, list) else [])
            c.KubeSpawner.pre_spawn_hook = pre_spawn_hook
            c.Authenticator.post_auth_hook = post_auth_hook

        """;
}
