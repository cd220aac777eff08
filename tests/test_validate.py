"""pressdoc.iter_errors / pressdoc.validate: schema, semantic checks, versions, strict JSON."""

from __future__ import annotations

import copy
import importlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressdoc
from pressdoc import Actor, Article, Commitment, Contact, Dateline, Deadline, Paragraph, Quote, Speaker
from pressdoc._backends import available_backends
from pressdoc._jsonio import load_json
from pressdoc.errors import PressdocError, SchemaValidationError, UnknownSchemaVersionError

validate_module = importlib.import_module("pressdoc.validate")

HEADLINE = "Lindqvist Maritime orders six electric ferries"
BODY = (
    'BERGEN, 4 February 2026 (Harbour Wire) - "We will put the first two ferries into service by '
    'June 2027," said Astrid Lindqvist, chief executive of Lindqvist Maritime.'
)
SECOND = "The company plans to retire its diesel fleet in the coming years."
CONTACT = "Press office: press@lindqvist.example, +47 55 00 00 00"
SOURCE = "\n\n".join((HEADLINE, BODY, SECOND, CONTACT))


def _span(text: str, after: int = 0) -> tuple[int, int]:
    start = SOURCE.index(text, after)
    return start, start + len(text)


def make_article() -> Article:
    """A small but complete fictional Article: dateline, quote, commitments, contact."""
    paragraphs = []
    for text, role in ((HEADLINE, "headline"), (BODY, "body"), (SECOND, "body"), (CONTACT, "contact")):
        paragraphs.append(Paragraph(text, *_span(text), role))  # type: ignore[arg-type]
    dateline_text = "BERGEN, 4 February 2026 (Harbour Wire) -"
    said = "We will put the first two ferries into service by June 2027"
    quote = Quote("q1", said, *_span(said), "direct", Speaker("Astrid Lindqvist", "chief executive"), "said")
    first = Commitment(
        "c1",
        said,
        *_span(said),
        actor=Actor("We", "Lindqvist Maritime"),
        action="put the first two ferries into service",
        modality="will",
        deadline=Deadline("by June 2027", *_span("by June 2027"), "2027-06-30", "month"),
        quote="q1",
    )
    plan = "The company plans to retire its diesel fleet in the coming years"
    second = Commitment(
        "c2",
        plan,
        *_span(plan),
        actor=Actor("The company", "Lindqvist Maritime"),
        action="retire its diesel fleet",
        modality="plan",
        deadline=Deadline("in the coming years", *_span("in the coming years"), None, "vague"),
    )
    return Article(
        SOURCE,
        title=HEADLINE,
        dateline=Dateline(dateline_text, *_span(dateline_text), "BERGEN", "2026-02-04", "Harbour Wire"),
        published="2026-02-04",
        paragraphs=tuple(paragraphs),
        quotes=(quote,),
        commitments=(first, second),
        contacts=(Contact(CONTACT, *_span(CONTACT), None, "Press office", "press@lindqvist.example", None),),
    )


def article_dict() -> dict[str, Any]:
    """A fresh valid Article document (a dict the test may break)."""
    return pressdoc.to_dict(make_article())


BACKENDS = available_backends()


def problems_of(doc: Any, backend: str | None = None) -> list[tuple[str, str]]:
    """(code, JSONPath) of every problem of ``doc``."""
    return [(p.code, p.json_path) for p in pressdoc.iter_errors(doc, backend=backend)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each installed schema backend in turn."""
    name: str = request.param
    return name


# --- valid documents -------------------------------------------------------------


def test_built_article_is_valid(backend: str) -> None:
    """The fictional Article validates with every backend."""
    assert problems_of(article_dict(), backend) == []
    pressdoc.validate(article_dict(), backend=backend)


def test_parse_output_is_valid() -> None:
    """What pressdoc.parse makes of a fictional release satisfies the contract."""
    assert problems_of(pressdoc.to_dict(pressdoc.parse(SOURCE))) == []


def test_newer_minor_version_of_a_known_major_is_read() -> None:
    """A 1.N document (N newer than this pressdoc knows) with nothing new still validates."""
    doc = article_dict()
    doc["schema_version"] = "1.7"
    assert problems_of(doc) == []


def test_dateline_without_year_is_valid() -> None:
    """The --MM-DD dateline date form (no year printed) is accepted."""
    doc = article_dict()
    doc["dateline"]["date"] = "--02-29"
    assert problems_of(doc) == []


# --- schema problems, at the right path ------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("source"), ("schema.required", "$")),
        (lambda d: d["paragraphs"][1].pop("role"), ("schema.required", "$.paragraphs[1]")),
        (lambda d: d["dateline"].pop("place"), ("schema.required", "$.dateline")),
        (
            lambda d: d["commitments"][0]["deadline"].pop("granularity"),
            ("schema.required", "$.commitments[0].deadline"),
        ),
        (lambda d: d.update(title=7), ("schema.type", "$.title")),
        (lambda d: d["quotes"][0].update(start="12"), ("schema.type", "$.quotes[0].start")),
        (lambda d: d["quotes"][0].update(speaker="Astrid"), ("schema.type", "$.quotes[0].speaker")),
        (lambda d: d["commitments"][1].update(negated=0), ("schema.type", "$.commitments[1].negated")),
        (lambda d: d.update(dateline=[]), ("schema.type", "$.dateline")),
        (lambda d: d["paragraphs"][0].update(role="kicker"), ("schema.enum", "$.paragraphs[0].role")),
        (
            lambda d: d["commitments"][0].update(modality="might"),
            ("schema.enum", "$.commitments[0].modality"),
        ),
        (lambda d: d["paragraphs"][0].update(start=-1), ("schema.minimum", "$.paragraphs[0].start")),
        (lambda d: d.update(id=""), ("schema.minLength", "$.id")),
        (lambda d: d.update(language="en\n"), ("schema.pattern", "$.language")),
        (lambda d: d.update(published="2019-02-30"), ("schema.format", "$.published")),
        (lambda d: d.update(published="yesterday"), ("schema.format", "$.published")),
        (lambda d: d.update(published="0000-01-01"), ("schema.format", "$.published")),
        (lambda d: d["dateline"].update(date="2026-13-01"), ("schema.format", "$.dateline.date")),
        (
            lambda d: d["commitments"][0]["deadline"].update(date="2027-06-31"),
            ("schema.format", "$.commitments[0].deadline.date"),
        ),
        (lambda d: d.update(colour="blue"), ("schema.additionalProperties", "$.colour")),
        (
            lambda d: d["quotes"][0].update({"odd key": 1}),
            ("schema.additionalProperties", "$.quotes[0]['odd key']"),
        ),
    ],
)
def test_schema_problem_is_reported_at_its_path(mutate: Any, expected: tuple[str, str], backend: str) -> None:
    """Each kind of schema breakage is one problem, with its code, at the broken value."""
    doc = article_dict()
    mutate(doc)
    assert problems_of(doc, backend) == [expected]


def test_messages_name_the_bad_value() -> None:
    """Messages quote the offending value and what was expected."""
    doc = article_dict()
    doc["paragraphs"][0]["role"] = "kicker"
    doc["title"] = 7
    doc["published"] = "2019-02-30"
    messages = {p.json_path: p.message for p in pressdoc.iter_errors(doc)}
    assert '"kicker" is not one of' in messages["$.paragraphs[0].role"]
    assert messages["$.title"] == "7 is not of type null or string"
    assert messages["$.published"].startswith('"2019-02-30" is not a valid date')


def test_long_and_deep_values_are_shortened_in_messages() -> None:
    """A huge wrong value is described briefly, not dumped (and deep nesting cannot recurse)."""
    nested: Any = []
    for _ in range(500):
        nested = [nested]
    doc = article_dict()
    doc["title"] = nested
    doc["language"] = "x" * 10_000
    for p in pressdoc.iter_errors(doc):
        assert len(p.message) < 200


# --- semantic problems -----------------------------------------------------------


def test_span_text_must_match_source(backend: str) -> None:
    """A quote whose text is not source[start:end] is a span.mismatch at its text."""
    doc = article_dict()
    doc["quotes"][0]["text"] = "We will put three ferries"
    assert problems_of(doc, backend) == [("span.mismatch", "$.quotes[0].text")]


def test_span_past_the_end_of_source() -> None:
    """An end past the source is span.bounds, reported once (no cascade of order errors)."""
    doc = article_dict()
    doc["paragraphs"][1]["end"] = len(SOURCE) + 50
    assert problems_of(doc) == [("span.bounds", "$.paragraphs[1].end")]


def test_span_start_after_end() -> None:
    """start > end is span.order."""
    doc = article_dict()
    doc["contacts"][0]["start"] = doc["contacts"][0]["end"] + 1
    assert problems_of(doc) == [("span.order", "$.contacts[0].start")]


def test_offset_with_a_fraction_is_rejected() -> None:
    """JSON Schema calls 3.0 an integer; pressdoc offsets must be written whole."""
    doc = article_dict()
    doc["dateline"]["start"] = float(doc["dateline"]["start"])
    assert problems_of(doc) == [("span.integer", "$.dateline.start")]


def test_paragraphs_must_be_ordered_and_disjoint() -> None:
    """A paragraph starting inside the one before it is paragraphs.order."""
    doc = article_dict()
    doc["paragraphs"][1], doc["paragraphs"][2] = doc["paragraphs"][2], doc["paragraphs"][1]
    assert problems_of(doc) == [("paragraphs.order", "$.paragraphs[2].start")]


def test_ids_must_be_unique() -> None:
    """A repeated quote or commitment id is id.duplicate at the repeat."""
    doc = article_dict()
    doc["quotes"].append(copy.deepcopy(doc["quotes"][0]))
    doc["commitments"][1]["id"] = "c1"
    assert problems_of(doc) == [("id.duplicate", "$.commitments[1].id"), ("id.duplicate", "$.quotes[1].id")]


def test_quote_reference_must_exist() -> None:
    """A commitment naming a missing quote id is ref.quote."""
    doc = article_dict()
    doc["commitments"][0]["quote"] = "q9"
    assert problems_of(doc) == [("ref.quote", "$.commitments[0].quote")]


@pytest.mark.parametrize(
    ("date", "granularity", "ok"),
    [
        ("2027-06-30", "month", True),
        ("2027-06-15", "month", False),
        ("2028-02-29", "month", True),
        ("2027-06-30", "quarter", True),
        ("2027-05-31", "quarter", False),
        ("2027-12-31", "year", True),
        ("2027-11-30", "year", False),
        ("2027-06-15", "day", True),
        ("2027-06-30", "vague", False),
    ],
)
def test_deadline_date_fits_its_granularity(date: str, granularity: str, ok: bool) -> None:
    """A deadline's date is the last day of its month/quarter/year; a vague one has none."""
    doc = article_dict()
    doc["commitments"][0]["deadline"].update(date=date, granularity=granularity)
    expected = [] if ok else [("deadline.granularity", "$.commitments[0].deadline.date")]
    assert problems_of(doc) == expected


def test_dateline_day_without_year_must_exist() -> None:
    """--02-30 matches the schema's pattern but is no day of any year."""
    doc = article_dict()
    doc["dateline"]["date"] = "--02-30"
    assert problems_of(doc) == [("dateline.date", "$.dateline.date")]


# --- versions and document type --------------------------------------------------


@pytest.mark.parametrize("value", [None, 1, 1.0, "1", "v1.0", "1.0.0", "1.0\n", ""])
def test_malformed_schema_version(value: object) -> None:
    """A schema_version that is not a MAJOR.MINOR string is version.invalid."""
    doc = article_dict()
    doc["schema_version"] = value
    assert problems_of(doc) == [("version.invalid", "$.schema_version")]


def test_missing_schema_version_names_the_known_versions() -> None:
    """No schema_version at all is version.missing, and says what is read."""
    doc = article_dict()
    del doc["schema_version"]
    (problem,) = pressdoc.iter_errors(doc)
    assert problem.code == "version.missing"
    assert "1.0" in problem.message


def test_unknown_major_version_is_explained() -> None:
    """A 2.x document raises UnknownSchemaVersionError naming the versions this pressdoc reads."""
    doc = article_dict()
    doc["schema_version"] = "2.0"
    with pytest.raises(UnknownSchemaVersionError) as info:
        pressdoc.validate(doc)
    (problem,) = info.value.problems
    assert (problem.code, problem.json_path) == ("version.unknown", "$.schema_version")
    assert '"2.0"' in problem.message
    assert "reads 1.0" in problem.message


def test_newer_minor_with_new_fields_says_why() -> None:
    """Fields added by a newer minor version fail, with a version.newer hint to upgrade."""
    doc = article_dict()
    doc["schema_version"] = "1.4"
    doc["sentiment"] = "positive"
    assert problems_of(doc) == [
        ("schema.additionalProperties", "$.sentiment"),
        ("version.newer", "$.schema_version"),
    ]


@pytest.mark.parametrize("value", [[], "article", 3, 2.5, True, None])
def test_top_level_must_be_an_object(value: object) -> None:
    """Anything but an object at the top is document.type."""
    assert problems_of(value) == [("document.type", "$")]


# --- strict JSON -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"a": NaN}', "json.constant"),
        ('{"a": [Infinity]}', "json.constant"),
        ('{"a": -Infinity}', "json.constant"),
        ('{"a": 1, "b": {"c": 1, "c": 2}}', "json.duplicate_key"),
        ('{"a": 1', "json.syntax"),
        ("", "json.syntax"),
        ("{} {}", "json.syntax"),
        ("[" * 100_000, "json.depth"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "json.depth"),
        ("1" * 5000, "json.number"),
        (b'{"a": "\xff"}', "json.encoding"),
    ],
)
def test_load_json_rejects_what_json_forbids(text: str | bytes, code: str) -> None:
    """NaN, duplicate keys, truncation, runaway nesting, bad bytes: each is a coded problem."""
    with pytest.raises(SchemaValidationError) as info:
        load_json(text)
    assert [p.code for p in info.value.problems] == [code]


def test_load_json_syntax_error_carries_its_line() -> None:
    """A syntax error in a multi-line text names the line it is on."""
    with pytest.raises(SchemaValidationError) as info:
        load_json('{\n  "a": 1,\n  "b": \n}')
    (problem,) = info.value.problems
    assert problem.line == 4
    assert "line 4" in problem.message


def test_load_json_accepts_a_byte_order_mark() -> None:
    """A UTF-8 BOM (common from Windows editors) is not an error."""
    assert load_json(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}
    assert load_json('\ufeff{"a": 1}') == {"a": 1}


# --- backend choice --------------------------------------------------------------


def test_unknown_backend_name_is_refused() -> None:
    """A backend name outside the known ones is a PressdocError naming the choices."""
    with pytest.raises(PressdocError, match="jsonschema-rs"):
        pressdoc.validate(article_dict(), backend="fastest")


def test_environment_variable_picks_the_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """PRESSDOC_VALIDATE_BACKEND is read when no backend= is given."""
    from pressdoc._backends import resolve_backend

    monkeypatch.setenv("PRESSDOC_VALIDATE_BACKEND", "jsonschema")
    assert resolve_backend() == "jsonschema"
    monkeypatch.setenv("PRESSDOC_VALIDATE_BACKEND", "bogus")
    with pytest.raises(PressdocError, match="PRESSDOC_VALIDATE_BACKEND"):
        resolve_backend()


def test_forcing_a_missing_backend_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asking for jsonschema-rs where it is not installed points at the fast extra."""
    from pressdoc import _backends

    monkeypatch.setattr(_backends, "available_backends", lambda: ("jsonschema",))
    assert _backends.resolve_backend("auto") == "jsonschema"
    with pytest.raises(PressdocError, match=r"pressdoc\[fast\]"):
        _backends.resolve_backend("jsonschema-rs")


def test_remote_refs_are_refused_without_the_network() -> None:
    """A schema $ref to a URL is never fetched: resolving it fails at once."""
    import referencing.exceptions

    from pressdoc._backends import _python_validator

    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://pressdoc.dev/schemas/test.json",
        "$ref": "https://example.invalid/other.schema.json",
    }
    validator = _python_validator(schema)
    with pytest.raises(referencing.exceptions.Unresolvable):
        validator.is_valid({})


# --- properties ------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


@given(value=json_values, backend=st.sampled_from(BACKENDS))
@settings(max_examples=300, deadline=None)
def test_validate_any_json_value_returns_or_raises_validation_error(value: Any, backend: str) -> None:
    """validate() on any JSON value returns None or raises SchemaValidationError, nothing else."""
    try:
        pressdoc.validate(value, backend=backend)
    except SchemaValidationError as exc:
        raised = exc.problems
    else:
        raised = ()
    assert list(raised) == list(pressdoc.iter_errors(value, backend=backend))


@given(
    fields=st.dictionaries(
        st.sampled_from(["schema_version", "id", "source", "language", "title", "paragraphs", "quotes", "x"]),
        json_values,
    ),
    backend=st.sampled_from(BACKENDS),
)
@settings(max_examples=300, deadline=None)
def test_article_shaped_junk_returns_or_raises_validation_error(fields: dict[str, Any], backend: str) -> None:
    """Objects with Article keys and random values never crash the validator."""
    doc = article_dict()
    doc.update(fields)
    try:
        pressdoc.validate(doc, backend=backend)
    except SchemaValidationError as exc:
        raised = exc.problems
    else:
        raised = ()
    assert list(raised) == list(pressdoc.iter_errors(doc, backend=backend))


def _objects(doc: dict[str, Any]) -> list[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every object inside an Article document, with its path (root first)."""
    found: list[tuple[tuple[str | int, ...], dict[str, Any]]] = []

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            found.append((path, value))
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))

    walk(doc, ())
    return found


ENUM_FIELDS = {"kind", "modality", "granularity"}


@st.composite
def broken_documents(draw: st.DrawFn) -> tuple[dict[str, Any], str, str]:
    """A valid Article dict broken in one way; with the code and JSONPath it must be reported at."""
    doc = article_dict()
    objects = [(path, obj) for path, obj in _objects(doc)]
    kind = draw(st.sampled_from(["remove", "wrong type", "span past end", "bad date"]))
    if kind == "remove":
        path, obj = draw(st.sampled_from([(p, o) for p, o in objects if p != () or len(o) > 1]))
        key = draw(st.sampled_from(sorted(k for k in obj if (path, k) != ((), "schema_version"))))
        del obj[key]
        return doc, "schema.required", pressdoc.Problem("", "", path).json_path
    if kind == "wrong type":
        path, obj = draw(st.sampled_from(objects))
        key = draw(st.sampled_from(sorted(k for k in obj if (path, k) != ((), "schema_version"))))
        current = obj[key]
        # A value of a type no field of that name accepts.
        obj[key] = [] if not isinstance(current, list) else {"not": "a list"}
        is_enum = key in ENUM_FIELDS or (key == "role" and path[:1] == ("paragraphs",))
        code = "schema.enum" if is_enum else "schema.type"
        return doc, code, pressdoc.Problem("", "", (*path, key)).json_path
    if kind == "span past end":
        spanned = [(p, o) for p, o in objects if "end" in o]
        path, obj = draw(st.sampled_from(spanned))
        obj["end"] = len(doc["source"]) + draw(st.integers(1, 10**6))
        return doc, "span.bounds", pressdoc.Problem("", "", (*path, "end")).json_path
    dated = [((), "published"), (("dateline",), "date"), (("commitments", 0, "deadline"), "date")]
    where, key = draw(st.sampled_from(dated))
    target: Any = doc
    for part in where:
        target = target[part]
    target[key] = draw(st.sampled_from(["2019-02-30", "yesterday", "2026-1-05", "2026-04-31", "20260101"]))
    return doc, "schema.format", pressdoc.Problem("", "", (*where, key)).json_path


@given(case=broken_documents(), backend=st.sampled_from(BACKENDS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_broken_article_is_rejected_at_the_right_path(
    case: tuple[dict[str, Any], str, str], backend: str
) -> None:
    """A field removed, a wrong type, a span past the end or a bad date: reported where it is."""
    doc, code, path = case
    with pytest.raises(SchemaValidationError) as info:
        pressdoc.validate(doc, backend=backend)
    assert (code, path) in [(p.code, p.json_path) for p in info.value.problems]


def test_problems_are_sorted_by_path_and_unique() -> None:
    """iter_errors lists each problem once, ordered by path (indexes numerically)."""
    doc = article_dict()
    doc["paragraphs"] = [copy.deepcopy(p) for p in doc["paragraphs"] * 3]
    for p in doc["paragraphs"]:
        p.pop("role")
    problems = list(pressdoc.iter_errors(doc))
    assert [p.path[1] for p in problems] == list(range(12))
    assert len(set(problems)) == len(problems)
    assert json.loads(json.dumps(problems[0].to_dict())) == {
        "line": None,
        "path": "$.paragraphs[0]",
        "pointer": "/paragraphs/0",
        "code": "schema.required",
        "message": 'required property "role" is missing',
    }


def test_known_versions_cover_what_pressdoc_writes() -> None:
    """The version pressdoc writes is the newest the validator knows for its major."""
    major, minor = (int(part) for part in pressdoc.SCHEMA_VERSION.split("."))
    schema_name, newest = validate_module.KNOWN_VERSIONS[major]
    assert newest == minor
    pattern = pressdoc._schemas.load_schema(schema_name)["properties"]["schema_version"]["pattern"]
    assert pattern.startswith(f"^{major}\\.")


def test_bundled_schemas_hold_no_remote_refs() -> None:
    """Every $ref in a bundled schema is local (#/...), so validation never needs the network."""
    from pressdoc._schemas import load_schema, schema_names

    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            refs.extend(v for k, v in node.items() if k == "$ref")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for name in schema_names():
        walk(load_schema(name))
    assert refs
    assert all(ref.startswith("#") for ref in refs)


def _all_paths(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path inside a JSON value, the value's own first."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_all_paths(item, (*path, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(_all_paths(item, (*path, i)))
    return out


SENTINEL = "\x00pressdoc-sentinel\x00"


def _replaced(value: Any, path: tuple[str | int, ...]) -> Any:
    """A copy of ``value`` with the value at ``path`` replaced by SENTINEL."""
    if not path:
        return SENTINEL
    copied = copy.deepcopy(value)
    target = copied
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = SENTINEL
    return copied


@given(value=json_values, indent=st.sampled_from([None, 0, 1, 4]))
@settings(max_examples=200, deadline=None)
def test_locate_lines_finds_the_line_each_value_starts_on(value: Any, indent: int | None) -> None:
    """Against an oracle: put a marker at the path, dump the same way, see which line it lands on."""
    from pressdoc._jsonio import locate_lines

    text = json.dumps(value, indent=indent)
    paths = _all_paths(value)
    found = locate_lines(text, paths)
    for path in paths:
        marked = json.dumps(_replaced(value, path), indent=indent)
        expected = marked[: marked.index(json.dumps(SENTINEL))].count("\n") + 1
        assert found[path] == expected


def test_locate_lines_handles_deep_nesting_without_recursion() -> None:
    """A value nested 50,000 deep is found; nothing recurses."""
    from pressdoc._jsonio import locate_lines

    text = "[\n" * 50_000 + "1" + "]" * 50_000
    assert locate_lines(text, [(0,) * 50_000]) == {(0,) * 50_000: 50_001}
