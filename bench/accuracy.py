"""Per-field accuracy of matcher.extract on the labelled sets: `python -m bench.accuracy [--json]`.

Each tests/data/extraction/*.yaml file is scored on its own, as one part: dev.yaml is tuned on,
eval.yaml was held out but has been read since, holdout.yaml, holdout27.yaml and holdout28.yaml
are the unseen parts (nobody working on the extractor opens them; any other holdout* file is
unseen too); seen16.yaml and seen17.yaml were the unseen holdout16.yaml and holdout17.yaml until
session 9 retired them to development sets, seen18.yaml was
holdout18.yaml until session 10, seen19.yaml was holdout19.yaml until session 11, seen20.yaml
was holdout20.yaml until session 12,
seen21.yaml was holdout21.yaml until session 13, seen22.yaml was holdout22.yaml until
session 14, seen23.yaml was holdout23.yaml until session 15, seen24.yaml was holdout24.yaml
until session 16, seen25.yaml was holdout25.yaml until session 17, and seen26.yaml was
holdout26.yaml until session 18. blind24.yaml is a
development set written blind (by an author who never read the extractor) in session 14 and
scored once before anyone tuned on it; its ids are printed; so are blind26.yaml (session 16,
s16blind), weighted to federal announcements, blind27.yaml (session 17, s17blind), weighted
to job-board and ATS postings, blind28.yaml (session 17, s17blind2), weighted to experience
and qualification routes, blind29.yaml (session 18, s18blind), job-board and ATS postings
weighted to employment types, workplace, skills and certifications, blind30.yaml (session
18, s18blind2), job-board and ATS postings weighted to certifications, skills, shifts and pay,
and blind31.yaml (session 18, s18blind3), job-board and ATS postings weighted to employment
types, workplace, certifications and skills.
Fields are exact match; certifications are scored as (code, level) F1 and as exact groups; pay is
exact on min, max and period. Case ids of the unseen parts are never printed (only miss counts), so
reading the scores does not point anyone at a posting.

The "real" column scores the real federal announcements kept outside the repository
(../shared/real-postings relative to the repo root, labels.jsonl + postings/rNN.txt, rules in its
README): the same per-field scoring, without skills (not labelled there). The column is skipped,
with a note, when that directory is absent.

The table is printed in groups that fit 80 columns: our labelled sets (at most six a table),
then the parts the targets are judged on (holdout, real), under short column names with a
legend below.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from matcher import extract
from schemas import Hints, Requirements

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "tests" / "data" / "extraction"
#: The real federal set: outside the repository, never copied into it.
REAL_DIR = REPO_ROOT.parent / "shared" / "real-postings"
REAL_PART = "real federal (dev)"
EXACT_FIELDS = (
    "education_required",
    "education_preferred",
    "education_substitutable",
    "experience_years_required",
    "experience_years_preferred",
    "workplace",
)
SET_FIELDS = ("employment_types", "shifts", "skills")
#: file name -> (part label, whether its case ids may be printed). Unknown files: their own name.
PARTS: dict[str, tuple[str, bool]] = {
    "dev.yaml": ("dev (tuned on)", True),
    "eval.yaml": ("eval (seen, tuned on)", True),
    "holdout.yaml": ("holdout (UNSEEN)", False),
    "holdout27.yaml": ("holdout27 (UNSEEN)", False),
    "holdout28.yaml": ("holdout28 (UNSEEN)", False),
    "field16x.yaml": ("field16x (experience, h15e)", True),
    "field17.yaml": ("field17 (phrasings, s7acc)", True),
    "field18.yaml": ("field18 (phrasings, s8acc)", True),
    "seen16.yaml": ("seen16 (holdout16 until session 9)", True),
    "seen17.yaml": ("seen17 (holdout17 until session 9)", True),
    "seen18.yaml": ("seen18 (holdout18 until session 10)", True),
    "seen19.yaml": ("seen19 (holdout19 until session 11)", True),
    "seen20.yaml": ("seen20 (holdout20 until session 12)", True),
    "seen21.yaml": ("seen21 (holdout21 until session 13)", True),
    "seen22.yaml": ("seen22 (holdout22 until session 14)", True),
    "seen23.yaml": ("seen23 (holdout23 until session 15)", True),
    "seen24.yaml": ("seen24 (holdout24 until session 16)", True),
    "seen25.yaml": ("seen25 (holdout25 until session 17)", True),
    "seen26.yaml": ("seen26 (holdout26 until session 18)", True),
    "blind24.yaml": ("blind24 (written blind, s14blind)", True),
    "blind26.yaml": ("blind26 (written blind, s16blind)", True),
    "blind27.yaml": ("blind27 (written blind, s17blind)", True),
    "blind28.yaml": ("blind28 (written blind, s17blind2)", True),
    "blind29.yaml": ("blind29 (written blind, s18blind)", True),
    "blind30.yaml": ("blind30 (written blind, s18blind2)", True),
    "blind31.yaml": ("blind31 (written blind, s18blind3)", True),
}
#: file name -> the short column name of the printed tables (the legend below spells them out).
#: Other files: their stem, abbreviated ("field16x.yaml" -> "f16x"), capitals when unseen.
SHORT: dict[str, str] = {
    "dev.yaml": "dev",
    "eval.yaml": "eval",
    "paths.yaml": "paths",
    "holdout.yaml": "HOLDOUT",
    "real": "real",
}
_ABBREVIATIONS = (("field", "f"), ("probe", "p"), ("holdout", "hold"))
#: What the legend says of a file (default: its name, and "UNSEEN" for an unseen part).
LEGEND: dict[str, str] = {
    "dev.yaml": "dev.yaml, tuned on",
    "eval.yaml": "eval.yaml, seen and tuned on",
    "real": "real federal announcements in ../shared/real-postings, a development set",
    "seen16.yaml": "seen16.yaml, unseen (holdout16) until session 9, now tuned on",
    "seen17.yaml": "seen17.yaml, unseen (holdout17) until session 9, now tuned on",
    "seen18.yaml": "seen18.yaml, unseen (holdout18) until session 10, now tuned on",
    "seen19.yaml": "seen19.yaml, unseen (holdout19) until session 11, now tuned on",
    "seen20.yaml": "seen20.yaml, unseen (holdout20) until session 12, now tuned on",
    "seen21.yaml": "seen21.yaml, unseen (holdout21) until session 13, now tuned on",
    "seen22.yaml": "seen22.yaml, unseen (holdout22) until session 14, now tuned on",
    "seen23.yaml": "seen23.yaml, unseen (holdout23) until session 15, now tuned on",
    "seen24.yaml": "seen24.yaml, unseen (holdout24) until session 16, now tuned on",
    "seen25.yaml": "seen25.yaml, unseen (holdout25) until session 17, now tuned on",
    "seen26.yaml": "seen26.yaml, unseen (holdout26) until session 18, now tuned on",
    "blind24.yaml": (
        "blind24.yaml, written blind by s14blind in session 14 and scored once, then tuned on"
    ),
    "blind26.yaml": (
        "blind26.yaml, written blind by s16blind in session 16 and scored once, then tuned on"
    ),
    "blind27.yaml": (
        "blind27.yaml, written blind by s17blind in session 17 and scored once, then tuned on"
    ),
    "blind28.yaml": (
        "blind28.yaml, written blind by s17blind2 in session 17 and scored once, then tuned on"
    ),
    "blind29.yaml": (
        "blind29.yaml, written blind by s18blind in session 18 and scored once, then tuned on"
    ),
    "blind30.yaml": (
        "blind30.yaml, written blind by s18blind2 in session 18 and scored once, then tuned on"
    ),
    "blind31.yaml": (
        "blind31.yaml, written blind by s18blind3 in session 18 and scored once, then tuned on"
    ),
}
#: Columns per table: a field name and six figures fit in 80 characters.
MAX_COLUMNS = 6
#: Short row names of the (code, level) pair scores.
PAIR_ROWS = {
    "precision": "certs pairs precision",
    "recall": "certs pairs recall",
    "f1": "certs pairs F1",
}


def part_of(path: Path) -> tuple[str, bool]:
    """The part a labelled file is scored as, and whether its case ids may be shown.

    >>> part_of(Path("holdout.yaml"))
    ('holdout (UNSEEN)', False)
    >>> part_of(Path("extra.yaml"))
    ('extra.yaml', True)

    A file named holdout* that PARTS does not list yet is unseen too: its ids stay hidden.

    >>> part_of(Path("holdout17.yaml"))
    ('holdout17.yaml', False)
    """
    return PARTS.get(path.name, (path.name, not path.name.startswith("holdout")))


#: libyaml's safe loader where PyYAML was built with it: the same data ten times faster (the
#: labelled sets are read at every test collection); the pure-Python one otherwise.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The labelled cases of one YAML file (tests/data/extraction/README.md)."""
    cases = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or []
    if not isinstance(cases, list):
        raise ValueError(f"{path}: expected a YAML list of cases")
    return cases


def run_case(case: dict[str, Any]) -> Requirements:
    hints = Hints.model_validate(case.get("hints") or {})
    return extract(case["text"], title=case.get("title"), hints=hints)


def _pay(value: Any) -> tuple[Any, ...] | None:
    if value is None:
        return None
    get = value.get if isinstance(value, dict) else lambda k: getattr(value, k)
    lo, hi = get("min"), get("max")
    return (
        None if lo is None else float(lo),
        None if hi is None else float(hi),
        get("period"),
    )


def cert_pairs(groups: list[Any]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for g in groups:
        codes = g["any_of"] if isinstance(g, dict) else g.any_of
        level = g["level"] if isinstance(g, dict) else g.level
        out |= {(c.upper(), level) for c in codes}
    return out


def cert_groups(groups: list[Any]) -> set[tuple[frozenset[str], str, int | None]]:
    out: set[tuple[frozenset[str], str, int | None]] = set()
    for g in groups:
        if isinstance(g, dict):
            out.add((frozenset(c.upper() for c in g["any_of"]), g["level"], g.get("within_months")))
        else:
            out.add((frozenset(g.any_of), g.level, g.within_months))
    return out


def field_matches(expected: dict[str, Any], got: Requirements) -> dict[str, bool]:
    """Per-field exact match of one case (certifications as exact groups)."""
    res: dict[str, bool] = {}
    for f in EXACT_FIELDS:
        exp, val = expected.get(f), getattr(got, f)
        if f.startswith("experience") and exp is not None and val is not None:
            res[f] = abs(float(exp) - float(val)) < 1e-6
        else:
            res[f] = exp == val
    for f in SET_FIELDS:
        res[f] = set(expected.get(f) or []) == set(getattr(got, f))
    res["pay"] = _pay(expected.get("pay")) == _pay(got.pay)
    res["certifications"] = cert_groups(expected.get("certifications") or []) == cert_groups(
        got.certifications
    )
    return res


def score_file(path: Path) -> dict[str, Any]:
    part, show_ids = part_of(path)
    return score_cases(load_cases(path), name=path.name, part=part, show_ids=show_ids)


def score_cases(
    cases: list[dict[str, Any]],
    *,
    name: str,
    part: str,
    show_ids: bool,
    skip: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Score labelled cases per field; `skip` names fields the labels do not carry."""
    hits: dict[str, int] = {}
    tp = fp = fn = 0
    misses: dict[str, list[str]] = {}
    failures: list[dict[str, Any]] = []
    for case in cases:
        got = run_case(case)
        exp = case["expected"]
        for f, ok in field_matches(exp, got).items():
            if f in skip:
                continue
            hits[f] = hits.get(f, 0) + int(ok)
            if not ok:
                misses.setdefault(f, []).append(str(case["id"]))
                failures.append(
                    {"id": case["id"], "field": f, "expected": exp.get(f), "got": _got(got, f)}
                )
        e, g = cert_pairs(exp.get("certifications") or []), cert_pairs(got.certifications)
        tp, fp, fn = tp + len(e & g), fp + len(g - e), fn + len(e - g)
    n = len(cases) or 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "file": name,
        "part": part,
        "cases": len(cases),
        "accuracy": {f: round(h / n, 3) for f, h in hits.items()},
        "certifications_code_level": {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        },
        # The unseen part's ids stay hidden: only how many cases missed each field.
        "misses": misses if show_ids else {f: len(ids) for f, ids in misses.items()},
        "failures": failures if show_ids else [],
    }


def real_label(label: dict[str, Any]) -> dict[str, Any]:
    """A labels.jsonl row of the real set in the labelled-set `expected` shape.

    >>> real_label({"certs_required": [["RHIT", "RHIA"]], "certs_within_months": {"RHIT": 12},
    ...             "pay_min": 1, "pay_max": 2, "pay_period": "year"})["certifications"]
    [{'any_of': ['RHIT', 'RHIA'], 'level': 'required', 'within_months': 12}]
    """
    months = label.get("certs_within_months") or {}
    groups = []
    for level in ("required", "preferred"):
        for codes in label.get(f"certs_{level}") or []:
            within = [months[c] for c in codes if c in months]
            groups.append(
                {"any_of": list(codes), "level": level, "within_months": max(within, default=None)}
            )
    has_pay = label.get("pay_min") is not None or label.get("pay_max") is not None
    pay = (
        {"min": label.get("pay_min"), "max": label.get("pay_max"), "period": label["pay_period"]}
        if has_pay
        else None
    )
    return {
        **{f: label.get(f) for f in EXACT_FIELDS},
        "certifications": groups,
        "employment_types": label.get("employment_type") or [],
        "shifts": label.get("shifts") or [],
        "pay": pay,
        "skills": [],
    }


def load_real(root: Path = REAL_DIR) -> list[dict[str, Any]]:
    """The real federal set as cases (id, title, text, expected); [] when `root` is absent.

    Each postings/rNN.txt has header lines (`title:` among them), a blank line, then the text.
    """
    labels = root / "labels.jsonl"
    if not labels.is_file():
        return []
    cases = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        raw = (root / "postings" / f"{label['id']}.txt").read_text(encoding="utf-8")
        head, _, text = raw.partition("\n\n")
        title = next(
            (h.split(":", 1)[1].strip() for h in head.splitlines() if h.startswith("title:")),
            None,
        )
        cases.append(
            {"id": label["id"], "title": title, "text": text, "expected": real_label(label)}
        )
    return cases


def score_real(root: Path = REAL_DIR) -> dict[str, Any] | None:
    """The real column, or None when the real set is not there."""
    cases = load_real(root)
    if not cases:
        return None
    return score_cases(cases, name="real", part=REAL_PART, show_ids=True, skip=("skills",))


def _got(got: Requirements, field: str) -> Any:
    value = getattr(got, field)
    if field == "certifications":
        return [
            {"any_of": g.any_of, "level": g.level, "within_months": g.within_months} for g in value
        ]
    if field == "pay":
        return None if value is None else value.model_dump(exclude={"currency"})
    evidence = got.evidence.get(field)
    return value if evidence is None else {"value": value, "evidence": evidence.text}


def unseen(result: dict[str, Any]) -> bool:
    """Whether a scored part is an unseen one (its case ids are never printed)."""
    return not part_of(Path(result["file"]))[1]


def short_name(result: dict[str, Any]) -> str:
    """The column name a scored part is printed under.

    >>> [short_name({"file": f}) for f in ("holdout.yaml", "field16x.yaml", "holdout17.yaml")]
    ['HOLDOUT', 'f16x', 'HOLD17']
    """
    name = result["file"]
    if name in SHORT:
        return SHORT[name]
    stem = Path(name).stem
    for word, short in _ABBREVIATIONS:
        stem = stem.replace(word, short)
    return stem[:7].upper() if unseen(result) else stem[:7]


def legend(result: dict[str, Any]) -> str:
    name = result["file"]
    return LEGEND.get(name, f"{name}, UNSEEN, ids never printed" if unseen(result) else name)


def table_groups(
    results: list[dict[str, Any]], *, width: int = 80
) -> list[tuple[str, list[dict[str, Any]]]]:
    """(title, results) per printed table: the sets written by us (tuned on), then the unseen and
    real parts the targets are judged on, at most MAX_COLUMNS columns each and as many as fit in
    ``width`` at their names' widths (rich would shrink a column to "seen…" rather than wrap)."""
    judged = [r for r in results if unseen(r) or r["part"] == REAL_PART]
    ours = [r for r in results if r not in judged]
    return [("our labelled sets", g) for g in _fitting(ours, width)] + [
        ("unseen and real", g) for g in _fitting(judged, width)
    ]


#: The field column: the longest row name, a blank edge and the padding on its right.
_FIELD_WIDTH = len("experience_years_preferred") + 2


def _fitting(results: list[dict[str, Any]], width: int) -> list[list[dict[str, Any]]]:
    groups: list[list[dict[str, Any]]] = []
    used = width
    for r in results:
        # a figure ("0.000") or the column's name, whichever is wider, a divider and its padding
        need = max(len("0.000"), len(short_name(r)), len(f"n={r.get('cases', 0)}")) + 3
        if used + need > width or len(groups[-1]) == MAX_COLUMNS:
            groups.append([])
            used = _FIELD_WIDTH
        groups[-1].append(r)
        used += need
    return groups


def print_tables(results: list[dict[str, Any]], *, width: int = 80) -> None:
    """Per-field accuracy, one table per group of parts, each within ``width`` columns, with a
    legend of the short column names below."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(width=width)
    for title, group in table_groups(results, width=width):
        table = Table(title=f"extract accuracy: {title}", box=box.SIMPLE_HEAD, pad_edge=False)
        table.add_column("field", no_wrap=True)
        for r in group:
            name = short_name(r)
            table.add_column(f"{name}\nn={r['cases']}", justify="right", min_width=len(name))
        for f in group[0]["accuracy"]:
            table.add_row(
                f, *(f"{r['accuracy'][f]:.3f}" if f in r["accuracy"] else "-" for r in group)
            )
        for k, row in PAIR_ROWS.items():
            table.add_row(row, *(f"{r['certifications_code_level'][k]:.3f}" for r in group))
        console.print(table)
    names = "; ".join(f"{short_name(r)} = {legend(r)}" for r in results)
    console.print(
        f"Columns: {names}. Fields are exact matches per posting; certifications as exact "
        "groups, 'certs pairs' as (code, level) pairs.",
        highlight=False,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--misses", action="store_true", help="list the case ids missed per field")
    parser.add_argument(
        "--failures", action="store_true", help="print expected vs got for every missed field"
    )
    parser.add_argument(
        "--real",
        type=Path,
        default=REAL_DIR,
        help="directory of the real federal set (labels.jsonl, postings/)",
    )
    parser.add_argument(
        "files", nargs="*", type=Path, help="YAML files (default: all in tests/data)"
    )
    args = parser.parse_args(argv)
    files = args.files or sorted(DATA_DIR.glob("*.yaml"))
    results = [score_file(p) for p in files]
    real = score_real(args.real)
    note = None
    if real is None:
        note = f"real column skipped: no labels.jsonl in {args.real}"
    else:
        results.append(real)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print_tables(results)
    if note:
        print(note)
    if args.misses:
        for r in results:
            for f, ids in r["misses"].items():
                shown = ", ".join(ids) if isinstance(ids, list) else f"{ids} (ids hidden)"
                print(f"{r['file']} {f}: {shown}")
    if args.failures:
        for r in results:
            for fail in r["failures"]:
                print(f"{r['file']} {fail['id']} {fail['field']}")
                print(f"    expected: {fail['expected']}")
                print(f"    got:      {fail['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
