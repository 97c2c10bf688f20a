"""Errors raised by the stakeholder-notes store.

Every message is written for a planner: it names the store, the note or the version, and
says what to do next. The dock shows ``str(error)`` as is and keeps the user's text in the
form, so a failed save never loses what was typed.

Bad *values* (an unknown theme, interest outside 1-5) raise :class:`regionatlas.errors.InputError`
like the rest of the core; the classes here are about the *store*.
"""

from __future__ import annotations

from typing import Any


class StoreError(RuntimeError):
    """The notes store could not do what was asked; nothing was changed."""


class NotANotesStoreError(StoreError):
    """The file or database schema exists but is not a RegionAtlas notes store.

    Raised instead of creating our tables beside someone else's: we never touch foreign
    tables.
    """


class SchemaTooNewError(StoreError):
    """The store was written by a newer RegionAtlas (higher schema version).

    Opening it with older code could corrupt it, so we refuse and say which versions.
    """

    def __init__(self, where: str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"The notes store {where} has schema version {found}, but this RegionAtlas "
            f"understands schema versions up to {supported}. Update the RegionAtlas plugin "
            f"to open it; the store was not changed."
        )


class ReadOnlyStoreError(StoreError):
    """The store can be read but not written (file permissions, read-only medium)."""


class NotFoundError(StoreError, LookupError):
    """A note, stakeholder or engagement event with the given uuid does not exist."""


class ConnectionLostError(StoreError):
    """The database connection was lost; the transaction was rolled back.

    The store reconnects on the next call, so the caller can simply retry the same save
    (``retryable`` is True).
    """

    retryable = True


class ConflictError(StoreError):
    """Someone else saved the note after it was loaded (optimistic concurrency).

    Attributes give the dock what it needs to show both versions side by side:
    ``mine`` (the text being saved), ``theirs`` (the text now stored), ``expected_version``
    (the version the edit was based on), ``current_version`` and ``current`` (the stored
    :class:`~regionatlas.notes.model.Note`, or None when it was deleted).
    """

    def __init__(
        self,
        note_uuid: str,
        mine: str,
        theirs: str | None,
        expected_version: int,
        current_version: int | None,
        current: Any = None,
    ) -> None:
        self.note_uuid = note_uuid
        self.mine = mine
        self.theirs = theirs
        self.expected_version = expected_version
        self.current_version = current_version
        self.current = current
        if theirs is None:
            detail = "It has been deleted by someone else."
        else:
            detail = (
                f"Someone else saved version {current_version} after you opened version "
                f"{expected_version}.\n--- Their text (saved) ---\n{theirs}\n"
            )
        super().__init__(
            f"Your change to note {note_uuid} was not saved. {detail}"
            f"--- Your text (not saved) ---\n{mine}\n"
            f"Reload the note, merge the two texts and save again."
        )
