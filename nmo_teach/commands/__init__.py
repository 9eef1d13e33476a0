"""Subcommands of ``nmo-teach``; each module exposes ``register(subparsers)``."""
