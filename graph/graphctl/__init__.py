"""graphctl: actor-relationship graphs from political events."""

from graphctl.errors import GraphctlError, InputError, StoreError

__version__ = "0.1.0"

__all__ = ["GraphctlError", "InputError", "StoreError", "__version__"]
