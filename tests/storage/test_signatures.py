"""Requirement signatures (revision 0008): what Store.gaps judges instead of each posting.

Each posting points at the stored signature of what gap analysis reads of its requirements
(storage._signatures), and Store.gaps reads per posting only the columns of
ix_postings_open_signature. These tests check the signature follows the posting through
upsert, closing, reopening and dedupe, that the migration fills it for rows stored before it,
and that Store.gaps still equals matcher.gaps (tests/storage/test_gaps.py has the wide cases).
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from schemas import CandidateProfile, Evidence, Pay, QualificationPath, Requirements
from schemas.models import Hints as PostingHints
from storage import Store
from storage._gaps import area_select
from storage._migrate import alembic_config
from storage._models import PostingRow, RequirementSignature
from storage._signatures import signature_ids, signature_text
from tests.storage._factory import certs, hourly, posting
from tests.storage.test_gaps import reference
from tests.storage.test_matches import ROUTE_SETS, TODAY, path_postings, varied_postings

RHIT = certs((["RHIT"], "required", None))
CCA = certs((["CCA"], "required", None))
BACHELOR = CandidateProfile(education="bachelor", experience_years=0, state="TX")


def _signatures(store: Store) -> dict[str, int | None]:
    """ "source:external id" -> signature id of every stored posting."""
    p = PostingRow
    with Session(store.engine) as s:
        rows = s.execute(select(p.source, p.external_id, p.signature_id))
        return {
            ext if source == "greenhouse:lakeside" else f"{source}:{ext}": sig
            for source, ext, sig in rows
        }


def _signature_rows(store: Store) -> int:
    with Session(store.engine) as s:
        return s.scalar(select(func.count()).select_from(RequirementSignature)) or 0


def _child_rows(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        sql = (
            "SELECT (SELECT count(*) FROM posting_locations), count(*) FROM posting_certifications"
        )
        locations, groups = conn.execute(text(sql)).one()
    return locations, groups


def _changes(store: Store, profile: CandidateProfile = BACHELOR) -> list[tuple[str, list[int]]]:
    return [(g.change, list(g.posting_ids)) for g in store.gaps(profile, today=TODAY)]


def test_postings_that_gaps_cannot_tell_apart_share_one_signature(store) -> None:
    """Evidence, skills, preferred items and pay decide no gap: one signature row for them."""
    cited = Requirements(
        paths=[
            p.model_copy(update={"evidence": Evidence(source="text", text=f"route {i}")})
            for i, p in enumerate(ROUTE_SETS[0])
        ]
    )
    store.upsert(
        [
            posting("a", certifications=RHIT, skills=["cpt"]),
            posting("b", certifications=RHIT + certs((["CPC"], "preferred", None))),
            posting("c", certifications=RHIT, pay=hourly(20)),
            posting("d", certifications=CCA),
            posting("e", requirements=Requirements(paths=ROUTE_SETS[0])),
            posting("f", requirements=cited),
            posting("g", requirements=None),
        ]
    )
    sig = _signatures(store)
    assert sig["a"] == sig["b"] == sig["c"] and sig["e"] == sig["f"]
    assert len({sig["a"], sig["d"], sig["e"]}) == 3 and sig["g"] is None
    assert _signature_rows(store) == 3
    store.upsert([posting("h", certifications=CCA)])  # a known signature adds no row
    assert _signature_rows(store) == 3 and _signatures(store)["h"] == sig["d"]


def test_an_upsert_that_changes_requirements_moves_the_posting_and_its_gap(store) -> None:
    store.upsert([posting("x", locations=[("Austin", "TX")], certifications=RHIT)])
    (pid,) = [p.id for p in store.search()]
    before = _signatures(store)["x"]
    assert _changes(store) == [("RHIA", [pid]), ("RHIT", [pid])]
    store.upsert([posting("x", locations=[("Austin", "TX")], certifications=CCA)])
    assert _signatures(store)["x"] != before
    assert _changes(store) == [("CCA", [pid]), ("CCS", [pid])]  # CCS covers CCA
    # met by the profile now: no signature a change opens holds it
    store.upsert([posting("x", locations=[("Austin", "TX")], education_required="associate")])
    assert _changes(store) == []
    # paths added to the same posting: judged on its paths
    req = Requirements(paths=ROUTE_SETS[2], education_substitutable=True)  # 2 yrs coding | BA
    store.upsert([posting("x", locations=[("Austin", "TX")], requirements=req)])
    assert _changes(store, CandidateProfile(education="associate")) == [("bachelor", [pid])]


def test_closing_reopening_and_dedupe_move_postings_out_of_and_into_gaps(store) -> None:
    rows = [posting(e, locations=[("Austin", "TX")], certifications=RHIT) for e in "abc"]
    run = store.start_run(["greenhouse:lakeside"])
    store.upsert(rows, run_id=run)
    ids = {p.external_id: p.id for p in store.search()}
    everyone = [ids["a"], ids["b"], ids["c"]]
    assert _changes(store) == [("RHIA", everyone), ("RHIT", everyone)]
    # a later complete crawl sees only "a" and "b": "c" closes
    later = store.start_run(["greenhouse:lakeside"])
    store.upsert(rows[:2], run_id=later)
    assert store.close_missing("greenhouse:lakeside", later) == 1
    assert _changes(store) == [("RHIA", everyone[:2]), ("RHIT", everyone[:2])]
    store.link_duplicate(ids["b"], ids["a"])
    assert _changes(store) == [("RHIA", [ids["a"]]), ("RHIT", [ids["a"]])]
    # seen again unchanged: "c" reopens; "b" stops being a duplicate
    store.upsert(rows[2:])
    store.link_duplicate(ids["b"], None)
    assert _changes(store) == [("RHIA", everyone), ("RHIT", everyone)]


def test_pay_columns_are_the_pay_the_matcher_reads(store) -> None:
    """Requirements' pay first, else the source's hint; only US dollars (the CAD one is
    unknown, neither too low nor counted in the median)."""
    profile = CandidateProfile(education="bachelor", state="TX", min_pay=Pay(min=19, period="hour"))
    tx = [("Austin", "TX")]
    made = [
        posting("req", locations=tx, pay=hourly(18, 22), certifications=RHIT),
        posting("hint", locations=tx, certifications=RHIT),
        posting("low", locations=tx, certifications=RHIT),
        posting(
            "cad", locations=tx, pay=Pay(min=15, period="hour", currency="CAD"), certifications=RHIT
        ),
        posting("year", locations=tx, pay=Pay(min=45000, period="year"), certifications=RHIT),
    ]
    hints = {"hint": hourly(24), "low": hourly(17), "req": hourly(10)}
    store.upsert(
        [p.model_copy(update={"hints": PostingHints(pay=hints.get(p.external_id))}) for p in made]
    )
    postings = sorted(store.search(limit=10), key=lambda p: p.id)
    got = store.gaps(profile, today=TODAY)
    assert got == reference(postings, profile)
    ids = {p.external_id: p.id for p in postings}
    assert got[0].posting_ids == sorted(ids[e] for e in ("req", "hint", "cad", "year"))
    assert got[0].median_hourly_pay == 21.63  # 20, 21.63 and 24 (45,000 a year); CAD unknown


def test_gaps_reads_one_index_and_no_posting_row(store_url) -> None:
    """SQLite's plan for the area query is an index-only scan (no wide row read)."""
    if not store_url.startswith("sqlite"):
        return
    store = Store(store_url)
    store.upgrade()
    profile = CandidateProfile(state="TX", min_pay=Pay(min=15, period="hour"))
    stmt = area_select(profile, [1, 2, 3], today=TODAY)
    sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        plan = " / ".join(r[-1] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "SEARCH postings USING COVERING INDEX ix_postings_open_signature" in plan
    assert "SCAN postings" not in plan
    store.close()


def test_migration_fills_signatures_and_pay_of_rows_stored_before_it(store_url) -> None:
    store = Store(store_url)
    stored = varied_postings(150) + path_postings(100)
    store.upsert(stored)
    postings = sorted(store.search(limit=1000), key=lambda p: p.id)
    profile = CandidateProfile(education="high_school", experience_years=1, state="TX")
    want = reference(postings, profile)
    assert store.gaps(profile, today=TODAY) == want
    written = _signatures(store)
    with Session(store.engine) as s:
        pays = {i: pay for i, pay in s.execute(select(PostingRow.id, PostingRow.usd_hourly))}
    children = _child_rows(store)
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")  # as a database of the previous release
    assert "signature_id" not in {c["name"] for c in inspect(store.engine).get_columns("postings")}
    assert _child_rows(store) == children  # the downgrade keeps every location and group
    assert store.upgrade() not in (None, "0007")
    filled = _signatures(store)
    # the same grouping as the upsert's (the ids may be numbered otherwise)
    pairs = {(written[e], filled[e]) for e in written}
    assert len(pairs) == len(set(written.values())) == len({f for _, f in pairs})
    with Session(store.engine) as s:
        rows = s.execute(select(PostingRow.id, PostingRow.usd_hourly))
        assert {i: pay for i, pay in rows} == pays
    assert want and store.gaps(profile, today=TODAY) == want
    store.close()


def test_downgrading_below_the_paths_revision_keeps_every_child_row(store_url) -> None:
    # 0007's downgrade once rebuilt postings by a batch copy, whose dropped table took every
    # location and certification row with it (ON DELETE CASCADE) on SQLite
    store = Store(store_url)
    store.upsert(varied_postings(60) + path_postings(40))
    children = _child_rows(store)
    assert children
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    columns = {c["name"] for c in inspect(store.engine).get_columns("postings")}
    assert not {"path_flags", "experience_kind", "signature_id"} & columns
    assert _child_rows(store) == children
    store.close()


def test_a_path_set_too_long_for_an_index_entry_is_keyed_by_its_digest(store) -> None:
    grades = [
        QualificationPath(label="experience", grade=f"GS-{g}", experience_years=g / 2)
        for g in range(1, 200)
    ]
    req = Requirements(paths=grades, education_substitutable=True)
    store.upsert([posting("long", requirements=req), posting("long2", requirements=req)])
    assert _signature_rows(store) == 1
    profile = CandidateProfile()  # one more year meets the GS-1 and GS-2 routes
    want = reference(sorted(store.search(), key=lambda p: p.id), profile)
    assert want and store.gaps(profile, today=TODAY) == want


#: A VA-style route: the HIT degree, or a related one with 12 semester hours in HIT/HIM (matching
#: reads the hours from the route's sentence), or one year of records work.
RELATED = "An associate degree in HIT/HIM, or a related degree with 12 semester hours in HIT/HIM."
_RELATED_PATHS = [
    QualificationPath(
        label="education",
        education="associate",
        education_field="health_information",
        evidence=Evidence(source="text", text=RELATED),
    ),
    QualificationPath(label="experience", experience_years=1, experience_kind="records"),
]
#: A health graduate in another field: the related-degree clause makes the education route
#: "unknown" (the hours are not in the profile), so no single change is needed to apply.
HEALTH_GRADUATE = CandidateProfile(
    education="associate", field_of_study="Healthcare administration", experience_years=0
)


def _related_postings() -> list:
    plain = [path.model_copy(update={"evidence": None}) for path in _RELATED_PATHS]
    return [
        posting(f"rel{i}", requirements=Requirements(paths=_RELATED_PATHS if i % 2 else plain))
        for i in range(8)
    ]


def test_gaps_read_the_semester_hours_a_related_degree_needs(store) -> None:
    """Store.gaps judged signatures without the path's sentence, so "+1 year" opened all eight
    postings; matcher.gaps only the four without the related-degree clause."""
    store.upsert(_related_postings())
    postings = sorted(store.search(), key=lambda p: p.id)
    want = reference(postings, HEALTH_GRADUATE)
    assert [(g.change, len(g.posting_ids)) for g in want] == [("+1 year", 4)]
    assert store.gaps(HEALTH_GRADUATE, today=TODAY) == want
    assert _signature_rows(store) == 2  # the clause's hours, not the sentence, tell them apart


def test_migration_0009_recomputes_signatures_stored_without_the_hours(store_url) -> None:
    store = Store(store_url)
    store.upsert(_related_postings() + path_postings(40))
    postings = sorted(store.search(limit=1000), key=lambda p: p.id)
    want = reference(postings, HEALTH_GRADUATE)
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        # as revision 0008 stored them: every path's evidence left out
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        for p in postings:
            assert p.requirements is not None
            bare = [q.model_copy(update={"evidence": None}) for q in p.requirements.paths]
            old = signature_text(p.requirements.model_copy(update={"paths": bare}))
            assert old is not None
            conn.execute(
                text("UPDATE postings SET signature_id = :s WHERE id = :i"),
                {"s": signature_ids(conn, mark, [old])[old], "i": p.id},
            )
    assert store.gaps(HEALTH_GRADUATE, today=TODAY) != want  # the 0008 answer
    assert store.upgrade() not in (None, "0008")
    assert want and store.gaps(HEALTH_GRADUATE, today=TODAY) == want
    store.close()
