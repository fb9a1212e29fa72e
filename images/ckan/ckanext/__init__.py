# A namespace package, as every CKAN extension's.
__path__ = __import__("pkgutil").extend_path(__path__, __name__)
