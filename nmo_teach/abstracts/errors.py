"""The one exception the abstract toolkit raises on input it cannot use."""

from __future__ import annotations

from nmo_teach.errors import NmoTeachError


class AbstractError(NmoTeachError):
    """An abstract (file, text or XML) cannot be read or parsed.

    The message names the source, what is wrong with it and what is expected, so that the CLI can
    print it as the single line a user sees. Every parser in ``nmo_teach.abstracts`` raises this
    and nothing else on bad input; a different exception escaping is a bug.
    """
