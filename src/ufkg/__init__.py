"""ufkg: knowledge graphs from Chinese United Front work reports."""

__version__ = "0.1.0"
