# The platform's CKAN plugin (roles from the broker's groups), installed into the derived image.
from setuptools import find_namespace_packages, setup

setup(
    name="ckanext-researchplatform",
    version="1.0.0",
    packages=find_namespace_packages(include=["ckanext.*"]),
    entry_points={"ckan.plugins": ["research_platform = ckanext.researchplatform.plugin:ResearchPlatformPlugin"]},
)
