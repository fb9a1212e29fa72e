"""Signs people in through ckanext-oidc-pkce and gives them the platform's roles at every login.

Administrators become sysadmins; researchers become editors of the research organization (they
create and publish datasets there), students its members (they read its private datasets too).
"""

import os

import ckan.plugins as plugins
import ckan.plugins.toolkit as tk
from ckan import model
from ckanext.oidc_pkce.interfaces import IOidcPkce

from .roles import memberships

ORGANIZATION = os.environ.get("RESEARCH_PLATFORM_ORGANIZATION", "research")


class ResearchPlatformPlugin(plugins.SingletonPlugin):
    plugins.implements(IOidcPkce, inherit=True)

    def get_oidc_user(self, userinfo):
        user = IOidcPkce.get_oidc_user(self, userinfo)
        if user is None:
            return None
        sysadmin, role = memberships(
            userinfo.get("groups"),
            os.environ["RESEARCH_PLATFORM_ADMINS"],
            os.environ["RESEARCH_PLATFORM_RESEARCHERS"],
            os.environ["RESEARCH_PLATFORM_STUDENTS"],
        )
        if user.sysadmin != sysadmin:
            user.sysadmin = sysadmin
            model.Session.commit()
        site = {"user": tk.get_action("get_site_user")({"ignore_auth": True}, {})["name"], "ignore_auth": True}
        if model.Group.get(ORGANIZATION) is None:
            tk.get_action("organization_create")(site, {"name": ORGANIZATION, "title": "Research"})
        if role is None:
            tk.get_action("organization_member_delete")(site, {"id": ORGANIZATION, "username": user.name})
        else:
            tk.get_action("organization_member_create")(site, {"id": ORGANIZATION, "username": user.name, "role": role})
        return user
