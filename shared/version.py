from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("claimwatch")
except PackageNotFoundError:  # running from a source tree without installing
    VERSION = "0.0.0+source"
