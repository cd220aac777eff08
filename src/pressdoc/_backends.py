"""Schema backends: the engines that check a document against a bundled JSON Schema.

Two engines are supported, and both answer the same two questions: "is this document
valid?" (the common case in CI, so it must be fast) and "what exactly is wrong?".

- ``jsonschema`` (always installed). Its ``is_valid`` is slow (~600 documents/s on a
  typical Article), so validity is first checked by a checker compiled from the schema
  into plain Python closures (:func:`compile_check`, tens of thousands of documents/s);
  ``jsonschema`` itself only runs to explain a document the checker rejected.
- ``jsonschema-rs`` (the ``fast`` extra), a Rust implementation.

Both report problems with the same codes, paths and messages (see :func:`problem_for`),
so changing backends never changes a CI verdict; ``tests/test_backends.py`` holds them
to it. ``auto`` picks ``jsonschema-rs`` when it is importable; the
``PRESSDOC_VALIDATE_BACKEND`` environment variable or a ``backend=`` argument forces one.
"""

from __future__ import annotations

import functools
import json
import numbers
import os
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from pressdoc._model import is_iso_date
from pressdoc._problem import Problem
from pressdoc._schemas import load_schema
from pressdoc.errors import ConfigurationError

__all__ = [
    "BACKENDS",
    "ENV_VAR",
    "Backend",
    "available_backends",
    "compile_check",
    "get_backend",
    "is_date",
    "resolve_backend",
]

#: Environment variable that picks the backend when no ``backend=`` is given.
ENV_VAR = "PRESSDOC_VALIDATE_BACKEND"
#: Every name a backend can be asked for by.
BACKENDS = ("auto", "jsonschema", "jsonschema-rs")

Path = tuple[str | int, ...]
Check = Callable[[Any], bool]

# Exceptions jsonschema-rs raises on a Python value it cannot convert (a lone surrogate,
# a tuple, nesting deeper than its limit) or on a ValidationErrorKind it does not
# carry in an older release: the document is then left to the jsonschema backend.
_RUST_FAILURES = (ValueError, TypeError, UnicodeError, OverflowError, RecursionError, AttributeError)


def is_date(value: object) -> bool:
    """The ``date`` format of both backends: a real calendar ``YYYY-MM-DD`` (year 0001+)."""
    return not isinstance(value, str) or is_iso_date(value)


def _anchored(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262, where "$" is the end of the string; in
    # Python it also matches before a final "\n", so "en\n" would pass "^[a-z]+$".
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


# --- messages --------------------------------------------------------------------


def describe(value: object) -> str:
    """A short, bounded rendering of a JSON value for a message (never recurses)."""
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return json.dumps(shown, ensure_ascii=False)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 64 else f"an integer of {value.bit_length()} bits"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return f"a Python {type(value).__name__}"


def _either(items: Iterable[object]) -> str:
    names = [str(i) for i in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def problem_for(keyword: str, path: Path, instance: object, value: object, fallback: str) -> Problem:
    """The Problem for one failed schema keyword; both backends build theirs here."""
    shown = describe(instance)
    if keyword == "type":
        # Sorted: jsonschema keeps the schema's order, jsonschema-rs does not.
        types = [value] if isinstance(value, str) else sorted(value)  # type: ignore[call-overload]
        msg = f"{shown} is not of type {_either(types)}"
    elif keyword == "required":
        msg = f"required property {json.dumps(value, ensure_ascii=False)} is missing"
    elif keyword == "additionalProperties":
        msg = f"property {json.dumps(value, ensure_ascii=False)} is not allowed here"
    elif keyword == "enum":
        msg = f"{shown} is not one of {_either(json.dumps(o) for o in value)}"  # type: ignore[attr-defined]
    elif keyword == "const":
        msg = f"{shown} is not {json.dumps(value)}"
    elif keyword == "pattern":
        msg = f"{shown} does not match the pattern {value}"
    elif keyword == "format":
        hint = " (YYYY-MM-DD, a real calendar day)" if value == "date" else ""
        msg = f"{shown} is not a valid {value}{hint}"
    elif keyword == "minLength":
        msg = f"{shown} must not be empty" if value == 1 else f"{shown} is shorter than {value} characters"
    elif keyword == "maxLength":
        msg = f"{shown} is longer than {value} characters"
    elif keyword == "minimum":
        msg = f"{shown} is less than the minimum of {value}"
    elif keyword == "maximum":
        msg = f"{shown} is more than the maximum of {value}"
    elif keyword == "oneOf":
        msg = f"{shown} matches more than one of the allowed forms"
    else:
        msg = fallback if len(fallback) <= 200 else fallback[:197] + "..."
    code = "schema.false" if keyword == "false" else f"schema.{keyword}"
    if keyword == "additionalProperties":
        path = (*path, str(value))
    return Problem(code, msg, path)


def _union(
    *,
    path: Path,
    instance: object,
    branches: Sequence[Sequence[Any]],
    is_own_type_error: Callable[[Any], bool],
    types_of: Callable[[Any], list[str]],
    explain: Callable[[Sequence[Any]], list[Problem]],
) -> list[Problem]:
    # A failed oneOf/anyOf is a union such as "a dateline object or null". "Not valid
    # under any of the given schemas" hides the reason: drop the branches whose type
    # does not even match and explain the first that does; if none does, say which
    # types would have.
    for errors in branches:
        if not any(is_own_type_error(e) for e in errors):
            return explain(errors)
    types: list[str] = []
    for errors in branches:
        for e in errors:
            if is_own_type_error(e):
                types.extend(t for t in types_of(e) if t not in types)
    return [problem_for("type", path, instance, types, "")]


def finish(problems: Iterable[Problem]) -> list[Problem]:
    """Deduplicate and sort problems by path, so both backends list them alike."""

    def key(p: Problem) -> tuple[Any, ...]:
        path = tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in p.path)
        return (path, p.code, p.message)

    return sorted(set(problems), key=key)


# --- the compiled checker --------------------------------------------------------


class _Unsupported(Exception):
    """The schema uses a keyword the compiled checker does not implement."""


_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples", "deprecated"}
)


def _is_integer(v: object) -> bool:
    if isinstance(v, int):
        return not isinstance(v, bool)
    return isinstance(v, float) and v.is_integer()


def _is_number(v: object) -> bool:
    return isinstance(v, numbers.Number) and not isinstance(v, bool)


# The type semantics of jsonschema's Draft 2020-12 type checker.
_TYPE_CHECKS: dict[str, Check] = {
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "integer": _is_integer,
    "null": lambda v: v is None,
    "number": _is_number,
    "object": lambda v: isinstance(v, dict),
    "string": lambda v: isinstance(v, str),
}


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    frozen = tuple(checks)

    def check(v: Any) -> bool:
        # A plain loop: about twice as fast as all() over a generator, on every value.
        for c in frozen:  # noqa: SIM110
            if not c(v):
                return False
        return True

    return check


class _Compiler:
    """Turns one schema (with local ``$ref`` into ``$defs``) into a validity check."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        prefix = "#/$defs/"
        name = pointer[len(prefix) :]
        if not pointer.startswith(prefix) or "/" in name or "~" in name or "%" in name:
            raise _Unsupported(pointer)
        if name not in self.refs:
            target = self.root.get("$defs", {}).get(name)
            if target is None:
                raise _Unsupported(pointer)
            # A placeholder first, so a recursive definition compiles.
            cell: list[Check] = []
            self.refs[name] = lambda v: cell[0](v)  # noqa: PLW0108 (cell[0] does not exist yet)
            cell.append(self.node(target))
            self.refs[name] = cell[0]
        return self.refs[name]

    def node(self, schema: object) -> Check:
        if schema is True:
            return lambda v: True
        if schema is False:
            return lambda v: False
        if not isinstance(schema, dict):
            raise _Unsupported(repr(schema))
        checks: list[Check] = []
        for keyword, value in schema.items():
            if keyword in _ANNOTATIONS:
                continue
            method = getattr(self, "kw_" + keyword.lstrip("$"), None)
            if method is None:
                raise _Unsupported(keyword)
            if keyword in ("properties", "additionalProperties"):
                continue  # compiled together by kw_object below
            checks.append(method(value, schema))
        if "properties" in schema or "additionalProperties" in schema:
            checks.append(self.kw_object(schema))
        # Cheap rejections (type) first: most failing values fail there.
        checks.sort(key=lambda c: getattr(c, "order", 1))
        return _all(checks)

    def kw_ref(self, value: str, schema: dict[str, Any]) -> Check:
        return self.ref(value)

    def kw_type(self, value: str | list[str], schema: dict[str, Any]) -> Check:
        names = [value] if isinstance(value, str) else value
        try:
            preds = tuple(_TYPE_CHECKS[n] for n in names)
        except KeyError as exc:
            raise _Unsupported(str(exc)) from exc
        if len(preds) == 1:
            one = preds[0]

            def check(v: Any) -> bool:
                return one(v)
        else:

            def check(v: Any) -> bool:
                return any(p(v) for p in preds)

        check.order = 0  # type: ignore[attr-defined]
        return check

    def kw_required(self, value: list[str], schema: dict[str, Any]) -> Check:
        required = frozenset(value)
        return lambda v: not isinstance(v, dict) or required <= v.keys()

    def kw_properties(self, value: dict[str, Any], schema: dict[str, Any]) -> Check:
        raise AssertionError("compiled by kw_object")  # pragma: no cover

    def kw_additionalProperties(self, value: object, schema: dict[str, Any]) -> Check:
        raise AssertionError("compiled by kw_object")  # pragma: no cover

    def kw_object(self, schema: dict[str, Any]) -> Check:
        if "patternProperties" in schema:
            raise _Unsupported("patternProperties")
        properties = tuple((name, self.node(sub)) for name, sub in schema.get("properties", {}).items())
        known = frozenset(name for name, _ in properties)
        extra = schema.get("additionalProperties", True)
        extra_check = None if extra is True or extra is False else self.node(extra)
        closed = extra is False

        def check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            if closed and not known.issuperset(v):
                return False
            for name, sub in properties:
                if name in v and not sub(v[name]):
                    return False
            if extra_check is not None:
                return all(extra_check(item) for key, item in v.items() if key not in known)
            return True

        return check

    def kw_items(self, value: object, schema: dict[str, Any]) -> Check:
        if "prefixItems" in schema:
            raise _Unsupported("prefixItems")
        item = self.node(value)

        def check(v: Any) -> bool:
            return not isinstance(v, list) or all(map(item, v))

        return check

    def kw_enum(self, value: list[Any], schema: dict[str, Any]) -> Check:
        if not all(isinstance(o, str) for o in value):
            raise _Unsupported("enum of non-strings")  # jsonschema's equality is subtler
        options = frozenset(value)
        return lambda v: isinstance(v, str) and v in options

    def kw_const(self, value: object, schema: dict[str, Any]) -> Check:
        if not isinstance(value, str):
            raise _Unsupported("const of a non-string")
        return lambda v: isinstance(v, str) and v == value

    def kw_pattern(self, value: str, schema: dict[str, Any]) -> Check:
        search = _anchored(value).search
        return lambda v: not isinstance(v, str) or search(v) is not None

    def kw_format(self, value: str, schema: dict[str, Any]) -> Check:
        if value != "date":
            raise _Unsupported(f"format {value}")
        return is_date

    def kw_minLength(self, value: int, schema: dict[str, Any]) -> Check:
        return lambda v: not isinstance(v, str) or len(v) >= value

    def kw_maxLength(self, value: int, schema: dict[str, Any]) -> Check:
        return lambda v: not isinstance(v, str) or len(v) <= value

    def kw_minimum(self, value: float, schema: dict[str, Any]) -> Check:
        return lambda v: not _is_number(v) or v >= value

    def kw_maximum(self, value: float, schema: dict[str, Any]) -> Check:
        return lambda v: not _is_number(v) or v <= value

    def kw_oneOf(self, value: list[Any], schema: dict[str, Any]) -> Check:
        branches = tuple(self.node(s) for s in value)

        def check(v: Any) -> bool:
            matched = 0
            for b in branches:
                if b(v):
                    matched += 1
            return matched == 1

        return check

    def kw_anyOf(self, value: list[Any], schema: dict[str, Any]) -> Check:
        branches = tuple(self.node(s) for s in value)
        return lambda v: any(b(v) for b in branches)

    def kw_allOf(self, value: list[Any], schema: dict[str, Any]) -> Check:
        return _all([self.node(s) for s in value])

    def kw_not(self, value: object, schema: dict[str, Any]) -> Check:
        inner = self.node(value)
        return lambda v: not inner(v)


def compile_check(schema: dict[str, Any]) -> Check | None:
    """A fast ``is_valid`` for ``schema`` with jsonschema's semantics, or None if the
    schema uses a keyword the compiler does not implement (callers then fall back).
    """
    try:
        return _Compiler(schema).node(schema)
    except _Unsupported:
        return None


# --- backends --------------------------------------------------------------------


class Backend(Protocol):
    """What validate.py needs of a schema engine, for one schema."""

    name: str

    def is_valid(self, doc: Any) -> bool:
        """Whether ``doc`` satisfies the schema."""

    def problems(self, doc: Any) -> list[Problem]:
        """Every schema problem of ``doc``, deduplicated and sorted by path."""


def _refuse_remote(uri: str) -> Any:
    import referencing.exceptions

    # A schema must never make pressdoc reach the network.
    raise referencing.exceptions.NoSuchResource(ref=uri)  # type: ignore[call-arg]


def _python_validator(schema: dict[str, Any]) -> Any:
    import jsonschema
    import referencing
    from referencing.jsonschema import DRAFT202012

    def pattern(validator: Any, patrn: str, instance: Any, schema: Any) -> Iterable[Any]:
        if isinstance(instance, str) and not _anchored_cached(patrn).search(instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {patrn!r}")

    resource = referencing.Resource.from_contents(schema, default_specification=DRAFT202012)
    empty: referencing.Registry[Any] = referencing.Registry(retrieve=_refuse_remote)  # type: ignore[call-arg]
    registry = empty.with_resource(schema["$id"], resource)
    base = jsonschema.validators.validator_for(schema)
    cls = jsonschema.validators.extend(base, {"pattern": pattern})
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date")(is_date)
    return cls(schema, registry=registry, format_checker=checker)


@functools.cache
def _anchored_cached(pattern: str) -> re.Pattern[str]:
    return _anchored(pattern)


def _py_own_type_error(path: Path, error: Any) -> bool:
    return error.validator == "type" and tuple(error.absolute_path) == path


def _rs_own_type_error(path: Path, error: Any) -> bool:
    return type(error.kind).__name__ == "Type" and tuple(error.instance_path) == path


class JsonschemaBackend:
    """The ``jsonschema`` backend: compiled checker for validity, jsonschema to explain."""

    name = "jsonschema"

    def __init__(self, schema_name: str) -> None:
        schema = load_schema(schema_name)
        self._validator = _python_validator(schema)
        self._check: Check = compile_check(schema) or self._validator.is_valid

    def is_valid(self, doc: Any) -> bool:
        """Whether ``doc`` satisfies the schema."""
        try:
            return self._check(doc)
        except RecursionError:
            return False

    def problems(self, doc: Any) -> list[Problem]:
        """Every schema problem of ``doc``, deduplicated and sorted by path."""
        try:
            return finish(self._explain(list(self._validator.iter_errors(doc))))
        except RecursionError:
            return [Problem("json.depth", "document nested too deeply to check")]

    def _explain(self, errors: Sequence[Any]) -> list[Problem]:
        out: list[Problem] = []
        for e in errors:
            path = tuple(e.absolute_path)
            keyword = e.validator
            if keyword in ("oneOf", "anyOf") and e.context:
                branches: dict[int, list[Any]] = {}
                for sub in e.context:
                    branches.setdefault(sub.relative_schema_path[0], []).append(sub)
                out.extend(
                    _union(
                        path=path,
                        instance=e.instance,
                        branches=[branches.get(i, []) for i in range(len(e.validator_value))],
                        is_own_type_error=functools.partial(_py_own_type_error, path),
                        types_of=lambda s: (
                            [s.validator_value] if isinstance(s.validator_value, str) else s.validator_value
                        ),
                        explain=self._explain,
                    )
                )
            elif keyword == "required":
                # jsonschema yields one error per missing name without naming it apart
                # from the message; finish() removes the repeats this makes.
                out.extend(
                    problem_for("required", path, e.instance, name, e.message)
                    for name in e.validator_value
                    if name not in e.instance
                )
            elif keyword == "additionalProperties":
                known = e.schema.get("properties", {})
                out.extend(
                    problem_for("additionalProperties", path, e.instance, name, e.message)
                    for name in e.instance
                    if name not in known
                )
            else:
                out.append(problem_for(keyword, path, e.instance, e.validator_value, e.message))
        return out


_RUST_KEYWORDS = {
    "OneOfNotValid": "oneOf",
    "OneOfMultipleValid": "oneOf",
    "Constant": "const",
    "FalseSchema": "false",
}
_RUST_VALUES = {
    "Type": "types",
    "Enum": "options",
    "Pattern": "pattern",
    "Format": "format",
    "MinLength": "limit",
    "MaxLength": "limit",
    "Minimum": "limit",
    "Maximum": "limit",
    "Constant": "expected_value",
}


# jsonschema-rs's "date" accepts year 0000, which Python's dates (so is_date and the
# model) cannot hold; every other string gets the same verdict. A "not" beside each
# date format closes the gap inside Rust.
_YEAR_ZERO = {"pattern": "^0000-", "$comment": "pressdoc: year 0000 is not a date"}


def _reject_year_zero(schema: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of ``schema`` whose date formats reject year 0000, or None if one cannot."""
    blocked = False

    def patch(node: Any) -> Any:
        nonlocal blocked
        if isinstance(node, list):
            return [patch(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: patch(value) for key, value in node.items()}
        if out.get("format") == "date":
            if "not" in out:
                blocked = True
            out["not"] = dict(_YEAR_ZERO)
        return out

    patched = patch(schema)
    return None if blocked else patched


class JsonschemaRsBackend:
    """The ``jsonschema-rs`` backend; values it cannot convert go to ``jsonschema``."""

    name = "jsonschema-rs"

    def __init__(self, schema_name: str) -> None:
        import jsonschema_rs

        schema = load_schema(schema_name)
        patched = _reject_year_zero(schema)
        if patched is not None:
            # Its own "date" check, in Rust: twice as fast as calling is_date back.
            options: dict[str, Any] = {"validate_formats": True}
        else:
            patched, options = schema, {"validate_formats": True, "formats": {"date": is_date}}
        try:
            self._validator = jsonschema_rs.validator_for(patched, offline=True, **options)
        except TypeError:
            # A release from before `offline`; the bundled schemas hold no remote $ref
            # (tests/test_validate.py checks), so there is nothing it could fetch.
            self._validator = jsonschema_rs.validator_for(patched, **options)
        self._fallback = JsonschemaBackend(schema_name)

    def is_valid(self, doc: Any) -> bool:
        """Whether ``doc`` satisfies the schema."""
        try:
            return bool(self._validator.is_valid(doc))
        except _RUST_FAILURES:
            return self._fallback.is_valid(doc)

    def problems(self, doc: Any) -> list[Problem]:
        """Every schema problem of ``doc``, deduplicated and sorted by path."""
        try:
            return finish(self._explain(list(self._validator.iter_errors(doc))))
        except _RUST_FAILURES:
            return self._fallback.problems(doc)

    def _explain(self, errors: Sequence[Any]) -> list[Problem]:
        out: list[Problem] = []
        for e in errors:
            path = tuple(e.instance_path)
            kind = e.kind
            kind_name = type(kind).__name__
            keyword = _RUST_KEYWORDS.get(kind_name, kind_name[:1].lower() + kind_name[1:])
            if kind_name in ("OneOfNotValid", "AnyOf") and kind.context:
                out.extend(
                    _union(
                        path=path,
                        instance=e.instance,
                        branches=kind.context,
                        is_own_type_error=functools.partial(_rs_own_type_error, path),
                        types_of=lambda s: list(s.kind.types),
                        explain=self._explain,
                    )
                )
            elif kind_name == "Not" and kind.schema == _YEAR_ZERO:
                out.append(problem_for("format", path, e.instance, "date", e.message))
            elif kind_name == "Required":
                out.append(problem_for("required", path, e.instance, kind.property, e.message))
            elif kind_name == "AdditionalProperties":
                out.extend(
                    problem_for("additionalProperties", path, e.instance, name, e.message)
                    for name in kind.unexpected
                )
            else:
                attr = _RUST_VALUES.get(kind_name)
                value = getattr(kind, attr) if attr else None
                out.append(problem_for(keyword, path, e.instance, value, e.message))
        return out


@functools.cache
def available_backends() -> tuple[str, ...]:
    """The concrete backends importable here (``jsonschema`` always is)."""
    try:
        import jsonschema_rs  # noqa: F401
    except ImportError:
        return ("jsonschema",)
    return ("jsonschema", "jsonschema-rs")


def resolve_backend(name: str | None = None) -> str:
    """The concrete backend ``name`` (or ``$PRESSDOC_VALIDATE_BACKEND``, or ``auto``) means."""
    chosen = name if name is not None else os.environ.get(ENV_VAR) or "auto"
    if chosen not in BACKENDS:
        source = "backend" if name is not None else ENV_VAR
        msg = f"unknown validation backend {chosen!r} (from {source}); choose one of {', '.join(BACKENDS)}"
        raise ConfigurationError(msg)
    available = available_backends()
    if chosen == "auto":
        return available[-1]
    if chosen not in available:
        msg = f"the {chosen} validation backend is not installed: pip install 'pressdoc[fast]'"
        raise ConfigurationError(msg)
    return chosen


@functools.cache
def _backend(concrete: str, schema_name: str) -> Backend:
    if concrete == "jsonschema-rs":
        return JsonschemaRsBackend(schema_name)
    return JsonschemaBackend(schema_name)


def get_backend(name: str | None, schema_name: str) -> Backend:
    """The (cached) backend called ``name`` for the bundled schema ``schema_name``."""
    return _backend(resolve_backend(name), schema_name)
