"""The platform's groups as CKAN roles: pure, so it is testable without CKAN."""


def memberships(groups, admins, researchers, students):
    """(sysadmin, role in the research organization or None) for a login with these groups."""
    groups = set(groups or [])
    if admins in groups:
        return True, "admin"
    if researchers in groups:
        return False, "editor"
    if students in groups:
        return False, "member"
    return False, None
