"""Plain data of the stakeholder-notes store and its controlled vocabularies.

The vocabularies are stored as the Swedish words of the specification
(``shared/specs/stakeholder-notes.md``) so that a store written in one language reads the
same in another; the UI translates them for display. They live here, in one place, and the
store refuses values outside them (:class:`regionatlas.errors.InputError`).

Timestamps are ISO-8601 text in UTC with microseconds (``2026-11-22T16:20:00.123456Z``):
they sort correctly as text and round-trip identically through SQLite and PostgreSQL.
Identifiers are uuid4 strings; features are referenced by ``dataset_key`` + ``feature_key``
(text), never by QGIS fid, which is not stable across copies and re-imports.
"""

from __future__ import annotations

import re
import uuid as _uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional, Union

from ..errors import InputError

#: Kinds of organisation a stakeholder is (spec: stakeholders.type).
STAKEHOLDER_TYPES: tuple[str, ...] = (
    "kommun",
    "region",
    "länsstyrelse",
    "statlig myndighet",
    "näringsliv",
    "akademi",
    "civilsamhälle",
    "övrigt",
)

#: Planning themes a note is about (spec: notes.theme). The spec's last entry reads
#: "other"; it is stored as "övrigt" to keep every stored value Swedish, as for
#: STAKEHOLDER_TYPES.
THEMES: tuple[str, ...] = (
    "bostad",
    "infrastruktur",
    "kollektivtrafik",
    "näringsliv",
    "kompetensförsörjning",
    "energi",
    "klimat",
    "grön infrastruktur",
    "service",
    "totalförsvar",
    "övrigt",
)

#: How the knowledge was gathered (spec: notes.kind).
KINDS: tuple[str, ...] = ("intervju", "workshop", "remiss", "möte", "observation")

#: The stakeholder's position on the matter (spec: notes.stance).
STANCES: tuple[str, ...] = ("stöd", "neutral", "oro", "konflikt")

#: Follow-up status of a note. The spec names the field but not its values; these four
#: cover "nothing to do", "to do", "in progress" and "done".
STATUSES: tuple[str, ...] = ("ingen åtgärd", "att göra", "pågår", "klar")

#: Interest, influence and engagement level are scored 1 (low) to 5 (high), the usual
#: scale of an interest/influence matrix.
SCORE_MIN, SCORE_MAX = 1, 5

#: The vocabularies by field name, for validation and for the dock's filter combos.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "type": STAKEHOLDER_TYPES,
    "theme": THEMES,
    "kind": KINDS,
    "stance": STANCES,
    "status": STATUSES,
}

#: What anonymisation puts in place of a person's name or e-mail.
ANONYMISED = "[anonymiserad]"

#: Default CRS of the link-geometry copies (SWEREF99 TM), used when a new store is created.
DEFAULT_SRID = 3006


_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$")


def new_uuid() -> str:
    """A new random identifier (uuid4 text)."""
    return str(_uuid.uuid4())


def utc_now() -> str:
    """The current time as the store's timestamp text (sortable, UTC, microseconds)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def check_vocabulary(field_name: str, value: str) -> str:
    """Return *value* if it belongs to the vocabulary of *field_name*, else raise InputError."""
    allowed = VOCABULARIES[field_name]
    if value not in allowed:
        raise InputError(
            "{field} {value!r} is not one of the allowed values: {allowed}",
            field=field_name,
            value=value,
            allowed=", ".join(allowed),
        )
    return value


def check_score(field_name: str, value: int) -> int:
    """Return *value* if it is an integer score 1-5, else raise InputError."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (SCORE_MIN <= value <= SCORE_MAX)
    ):
        raise InputError(
            "{field} must be a whole number {low}-{high}, got {value!r}",
            field=field_name,
            low=SCORE_MIN,
            high=SCORE_MAX,
            value=value,
        )
    return value


def _text_problem(value: object, optional: bool) -> Optional[str]:
    """Why *value* cannot be stored as text ("type", "nul", "unicode"), or None when it can."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        return "type"
    if "\x00" in value:
        return "nul"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "unicode"
    return None


def check_text(
    subject: str,
    value: object,
    *,
    optional: bool = True,
    uuid: str = "",
    field: str = "",
    key: object = None,
) -> None:
    """Raise InputError for text that neither SQLite nor PostgreSQL stores faithfully.

    PostgreSQL refuses NUL characters and both refuse lone surrogates (not UTF-8); checking
    here gives the same clear message on both backends instead of a driver error.

    ``subject`` says what the text is, so that each message is a whole sentence that can be
    translated: "stakeholder", "note" or "engagement" (with ``uuid`` and ``field``),
    "link dataset key", "feature key" or "feature label" (with ``key``, the feature key).
    """
    problem = _text_problem(value, optional)
    if problem is None:
        return
    kind = type(value).__name__
    if subject == "stakeholder":
        if problem == "type":
            raise InputError(
                "stakeholder {uuid}: {field} must be text, got {type}",
                uuid=uuid,
                field=field,
                type=kind,
            )
        if problem == "nul":
            raise InputError(
                "stakeholder {uuid}: {field} contains a NUL character, which cannot be stored",
                uuid=uuid,
                field=field,
            )
        raise InputError(
            "stakeholder {uuid}: {field} contains characters that are not valid Unicode",
            uuid=uuid,
            field=field,
        )
    if subject == "note":
        if problem == "type":
            raise InputError(
                "note {uuid}: the {field} must be text, got {type}",
                uuid=uuid,
                field=field,
                type=kind,
            )
        if problem == "nul":
            raise InputError(
                "note {uuid}: the {field} contains a NUL character, which cannot be stored",
                uuid=uuid,
                field=field,
            )
        raise InputError(
            "note {uuid}: the {field} contains characters that are not valid Unicode",
            uuid=uuid,
            field=field,
        )
    if subject == "engagement":
        if problem == "type":
            raise InputError(
                "engagement {uuid}: the {field} must be text, got {type}",
                uuid=uuid,
                field=field,
                type=kind,
            )
        if problem == "nul":
            raise InputError(
                "engagement {uuid}: the {field} contains a NUL character, which cannot be stored",
                uuid=uuid,
                field=field,
            )
        raise InputError(
            "engagement {uuid}: the {field} contains characters that are not valid Unicode",
            uuid=uuid,
            field=field,
        )
    if subject == "link dataset key":
        if problem == "type":
            raise InputError("a note link's dataset key must be text, got {type}", type=kind)
        if problem == "nul":
            raise InputError(
                "a note link's dataset key contains a NUL character, which cannot be stored"
            )
        raise InputError("a note link's dataset key contains characters that are not valid Unicode")
    if subject == "feature key":
        if problem == "type":
            raise InputError(
                "the key of feature {key!r} must be text, got {type}", key=key, type=kind
            )
        if problem == "nul":
            raise InputError(
                "the key of feature {key!r} contains a NUL character, which cannot be stored",
                key=key,
            )
        raise InputError(
            "the key of feature {key!r} contains characters that are not valid Unicode",
            key=key,
        )
    if subject == "feature label":
        if problem == "type":
            raise InputError(
                "the label of feature {key!r} must be text, got {type}", key=key, type=kind
            )
        if problem == "nul":
            raise InputError(
                "the label of feature {key!r} contains a NUL character, which cannot be stored",
                key=key,
            )
        raise InputError(
            "the label of feature {key!r} contains characters that are not valid Unicode",
            key=key,
        )
    raise ValueError(f"check_text: unknown subject {subject!r}")


@dataclass
class Stakeholder:
    """An organisation that is consulted (not a person).

    ``contact_role`` holds a role ("planeringschef"), not a name, by default. When a team
    decides to record a person, ``contact_name``/``contact_email`` hold it, and
    :meth:`NotesRepository.erase_person` can find and erase it.
    """

    organisation: str
    type: str = "övrigt"
    contact_role: str = ""
    interest: int = 3
    influence: int = 3
    involvement: str = ""
    """How and when to involve them (free text)."""
    contact_name: Optional[str] = None
    contact_email: Optional[str] = None
    uuid: str = field(default_factory=new_uuid)
    created: Optional[str] = None
    updated: Optional[str] = None

    def validate(self) -> None:
        """Raise InputError when a field cannot be stored."""
        for name in ("organisation", "contact_role", "involvement", "contact_name",
                     "contact_email"):  # fmt: skip
            check_text("stakeholder", getattr(self, name), uuid=self.uuid, field=name)
        if not self.organisation or not self.organisation.strip():
            raise InputError("stakeholder {uuid}: organisation is empty", uuid=self.uuid)
        check_vocabulary("type", self.type)
        check_score("interest", self.interest)
        check_score("influence", self.influence)


@dataclass
class NoteLink:
    """The link of a note to one map feature, with a copy of the feature as it was.

    ``geometry_wkb`` (WKB, in the store's CRS) and ``label`` are copied when linking so the
    note can still be drawn and named after the feature is deleted or the layer re-imported.
    """

    dataset_key: str
    feature_key: str
    geometry_wkb: Optional[bytes] = None
    label: Optional[str] = None
    note_uuid: Optional[str] = None
    linked: Optional[str] = None

    def validate(self) -> None:
        """Raise InputError when the keys are missing (fid is never a key)."""
        if not self.dataset_key:
            raise InputError("a note link needs a dataset key (the layer's data source id)")
        if self.feature_key is None or str(self.feature_key) == "":
            raise InputError(
                "a note link to dataset {dataset!r} needs a feature key value",
                dataset=self.dataset_key,
            )
        check_text("link dataset key", self.dataset_key)
        check_text("feature key", str(self.feature_key), key=self.feature_key)
        check_text("feature label", self.label, key=self.feature_key)


@dataclass
class Note:
    """A piece of knowledge about places, optionally from a stakeholder.

    ``version`` starts at 1 and increases with every save; pass the note back unchanged
    to :meth:`NotesRepository.update_note` and a save over a newer version raises
    :class:`~regionatlas.notes.errors.ConflictError`. ``links`` are written by
    :meth:`NotesRepository.add_note` and filled on reads when asked for.
    """

    text: str
    theme: str = "övrigt"
    kind: str = "observation"
    stance: str = "neutral"
    status: str = "ingen åtgärd"
    stakeholder_uuid: Optional[str] = None
    author: Optional[str] = None
    uuid: str = field(default_factory=new_uuid)
    created: Optional[str] = None
    updated: Optional[str] = None
    version: int = 0
    links: list[NoteLink] = field(default_factory=list)

    def validate(self) -> None:
        """Raise InputError when a field cannot be stored."""
        check_text("note", self.text, optional=False, uuid=self.uuid, field="text")
        check_text("note", self.author, uuid=self.uuid, field="author")
        if not self.text.strip():
            raise InputError("note {uuid}: the text is empty", uuid=self.uuid)
        for name in ("theme", "kind", "stance", "status"):
            check_vocabulary(name, getattr(self, name))
        if self.created is not None and not _ISO_TIME.match(self.created):
            raise InputError(
                "note {uuid}: created {created!r} is not an ISO date/time "
                "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS...Z)",
                uuid=self.uuid,
                created=self.created,
            )
        for link in self.links:
            link.validate()


@dataclass
class Engagement:
    """One engagement event with a stakeholder (for following engagement over time).

    ``date`` is an ISO date (``2026-03-14``); ``level`` is 1 (informed) to 5 (co-deciding).
    """

    stakeholder_uuid: str
    date: str
    event: str
    level: int = 1
    uuid: str = field(default_factory=new_uuid)
    created: Optional[str] = None

    def validate(self) -> None:
        """Raise InputError when a field cannot be stored."""
        try:
            datetime.strptime(self.date[:10], "%Y-%m-%d")
        except (TypeError, ValueError):
            raise InputError(
                "engagement {uuid}: date {date!r} is not an ISO date (YYYY-MM-DD)",
                uuid=self.uuid,
                date=self.date,
            ) from None
        check_score("level", self.level)
        check_text("engagement", self.event, optional=False, uuid=self.uuid, field="event")
        if not self.event.strip():
            raise InputError("engagement {uuid}: the event description is empty", uuid=self.uuid)


Selection = Union[str, Sequence[str], None]
"""A filter value: one value, several values (any of them) or None (no filter)."""


@dataclass
class NoteFilter:
    """Filters for :meth:`NotesRepository.list_notes` and :meth:`export_rows`.

    Each field is None (no filter), one value, or a sequence of values (any of them).
    ``text`` is a case-insensitive substring of the note text or author. ``dataset_key``
    (with optional ``feature_key``) keeps notes linked to that layer (feature).
    """

    theme: Selection = None
    stakeholder_uuid: Selection = None
    kind: Selection = None
    stance: Selection = None
    status: Selection = None
    author: Selection = None
    text: Optional[str] = None
    dataset_key: Optional[str] = None
    feature_key: Optional[str] = None


@dataclass
class ErasureChange:
    """One record that :meth:`NotesRepository.erase_person` changed.

    ``action`` is "deleted" (the record is gone), "anonymised" (mentions replaced by
    :data:`ANONYMISED`) or "cleared" (personal fields emptied).
    """

    table: str
    uuid: str
    action: str
    fields: tuple[str, ...]


@dataclass
class ErasureReport:
    """What :meth:`NotesRepository.erase_person` changed (for the GDPR log)."""

    person: str
    mode: str
    changes: list[ErasureChange] = field(default_factory=list)

    def count(self, table: Optional[str] = None, action: Optional[str] = None) -> int:
        """Number of changed records, optionally of one table and/or action."""
        return sum(
            1
            for c in self.changes
            if (table is None or c.table == table) and (action is None or c.action == action)
        )

    def summary(self) -> str:
        """One line per table and action, e.g. ``notes: 2 deleted``."""
        keys = sorted({(c.table, c.action) for c in self.changes})
        if not keys:
            return f"No record mentions {self.person!r}; nothing was changed."
        return "\n".join(f"{t}: {self.count(t, a)} {a}" for t, a in keys)


@dataclass
class RelinkReport:
    """Outcome of :meth:`NotesRepository.relink`.

    ``matched``: feature keys whose links now carry the new geometry and label.
    ``unmatched``: feature keys of the store's links that the new layer lacks (their notes
    keep the old geometry copy and are listed in ``unmatched_notes``).
    ``new_features``: keys of the new layer that no note links to (for information).
    """

    dataset_key: str
    matched: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    unmatched_notes: list[str] = field(default_factory=list)
    links_updated: int = 0
    new_features: int = 0


#: Column order of :meth:`NotesRepository.export_rows` (one row per note and link).
EXPORT_COLUMNS: tuple[str, ...] = (
    "note_uuid",
    "created",
    "updated",
    "version",
    "author",
    "theme",
    "kind",
    "stance",
    "status",
    "text",
    "stakeholder_uuid",
    "organisation",
    "stakeholder_type",
    "dataset_key",
    "feature_key",
    "label",
    "geometry_wkb",
)
