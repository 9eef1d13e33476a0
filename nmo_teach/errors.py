"""The one exception family that ``nmo_teach`` raises on bad input.

The CLI turns any ``NmoTeachError`` into a single line and a non-zero exit; anything else
escaping is a bug.
"""


class NmoTeachError(Exception):
    """Bad input that the user can fix; the message names the file, the item and the field."""


class DataError(NmoTeachError):
    """A data file is missing, unreadable or does not match its documented layout."""
