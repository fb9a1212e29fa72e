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
        import inspect
        import json
        import os
        import re

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


        # Homes that come along with their whole SVM (SVM-DR), not per claim: the hub records which qtree
        # each claim is, and in which cluster, in the spawner's state. That state lives in the hub
        # database and so reaches the other site with it. A claim missing in another cluster than the
        # one that recorded it (the other site, or this one rebuilt) gets Trident's import annotations
        # for that qtree, so the spawner's new claim reconnects the home instead of starting empty.
        HOME_STATE_KEY = "research_platform_home"
        _INTERNAL_ID = re.compile(r"^/svm/[^/]+/flexvol/([A-Za-z0-9_.-]+)/qtree/([A-Za-z0-9_.-]+)$")


        class HomeNotReady(Exception):
            pass


        def home_of(volume):
            # Trident names an economy volume's FlexVol and qtree in its internal ID.
            attributes = (((volume or {}).get("spec") or {}).get("csi") or {}).get("volumeAttributes") or {}
            match = _INTERNAL_ID.match(attributes.get("internalID") or "")
            return f"{match.group(1)}/{match.group(2)}" if match else None


        def import_annotations(home, backend):
            uuid = (((backend or {}).get("status") or {}).get("backendInfo") or {}).get("backendUUID")
            if not uuid:
                return None
            # No rename: the names stay those recorded, so a later failback imports them the same way.
            return {
                "trident.netapp.io/importOriginalName": home,
                "trident.netapp.io/importBackendUUID": uuid,
                "trident.netapp.io/importNoRename": "true",
            }


        # Reads the objects the decisions need through the spawner's own Kubernetes client.
        class KubeReader:
            def __init__(self, spawner):
                self.spawner = spawner

            async def _read(self, call, *args):
                from kubernetes_asyncio.client.rest import ApiException

                try:
                    found = await call(*args)
                except ApiException as e:
                    if e.status == 404:
                        return None
                    raise
                return found if isinstance(found, dict) else self.spawner.api.api_client.sanitize_for_serialization(found)

            async def cluster(self):
                # A cluster's kube-system namespace is made once, when the cluster is: its UID tells
                # this cluster from the other site's and from this site's before a rebuild.
                return ((await self._read(self.spawner.api.read_namespace, "kube-system") or {}).get("metadata") or {}).get("uid")

            async def claim(self, namespace, name):
                return await self._read(self.spawner.api.read_namespaced_persistent_volume_claim, name, namespace)

            async def volume(self, name):
                return await self._read(self.spawner.api.read_persistent_volume, name)

            async def backend(self, namespace, name):
                from kubespawner.clients import shared_client

                custom = shared_client("CustomObjectsApi")
                return await self._read(custom.get_namespaced_custom_object, "trident.netapp.io", "v1", namespace, "tridentbackendconfigs", name)


        READER = KubeReader


        async def reconnect_home(spawner, tier, reader):
            homes = tier.get("homes")
            if not homes or await reader.claim(spawner.namespace, spawner.pvc_name) is not None:
                return
            recorded = getattr(spawner, "home_volume", None) or {}
            if not recorded.get("volume") or recorded.get("cluster") == await reader.cluster():
                # Missing in the cluster that recorded it, the claim was deleted on purpose: so is
                # the record, and the new home is recorded once it starts.
                spawner.home_volume = None
                return
            backend = await reader.backend(homes["backendNamespace"], homes["backend"])
            annotations = import_annotations(recorded["volume"], backend)
            if annotations is None:
                raise HomeNotReady(f"{spawner.user.name}'s home {recorded['volume']} waits for Trident backend {homes['backend']} to come online")
            spawner.storage_extra_annotations = {**spawner.storage_extra_annotations, **annotations}


        async def record_home(spawner, tier, reader):
            if not tier.get("homes"):
                return
            claim = await reader.claim(spawner.namespace, spawner.pvc_name)
            volume = ((claim or {}).get("spec") or {}).get("volumeName")
            home = home_of(await reader.volume(volume)) if volume else None
            if home:
                spawner.home_volume = {"volume": home, "cluster": await reader.cluster()}


        async def pre_spawn_hook(spawner):
            groups = await _groups(spawner)
            tier = choose_tier(groups, TABLE)
            if tier is None:
                raise NoTier(f"{spawner.user.name} is in none of the platform's groups")
            spawner.research_platform_tier = tier
            await reconnect_home(spawner, tier, READER(spawner))
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


        try:
            from kubespawner import KubeSpawner
        except ImportError:
            KubeSpawner = None

        if KubeSpawner is not None:

            # KubeSpawner keeping each user's recorded home in its state, which the hub database holds.
            class PlatformSpawner(KubeSpawner):

                home_volume = None
                research_platform_tier = None

                def get_state(self):
                    state = super().get_state()
                    if self.home_volume:
                        state[HOME_STATE_KEY] = self.home_volume
                    return state

                def load_state(self, state):
                    super().load_state(state)
                    self.home_volume = state.get(HOME_STATE_KEY) or self.home_volume

                async def start(self):
                    started = super().start()
                    url = await started if inspect.isawaitable(started) else started
                    # The claim is bound once the server runs; the hub saves the state right after.
                    if self.research_platform_tier:
                        try:
                            await record_home(self, self.research_platform_tier, READER(self))
                        except Exception:
                            self.log.exception("research-platform: could not record %s's home volume", self.user.name)
                    return url

        if "c" in globals():
            if KubeSpawner is not None:
                c.JupyterHub.spawner_class = PlatformSpawner
            _profiles = c.KubeSpawner.profile_list
            c.KubeSpawner.profile_list = profile_filter(_profiles if isinstance(_profiles, list) else [])
            c.KubeSpawner.pre_spawn_hook = pre_spawn_hook
            c.Authenticator.post_auth_hook = post_auth_hook

        """;
}
