"""pytest configuration of the Python port tests: hypothesis keeps no example database (nothing written into the
repository), and derandomized runs make npm test repeatable."""

from hypothesis import settings

settings.register_profile("claw", database=None, derandomize=True)
settings.load_profile("claw")
