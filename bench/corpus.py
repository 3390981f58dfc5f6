"""What a change to the extractor changes: `python -m bench.corpus dump OUT.jsonl` runs
matcher.extract over a corpus of our own inputs and writes one JSON line per input;
`python -m bench.corpus diff BEFORE.jsonl AFTER.jsonl [--show N]` prints the inputs whose output
differs, field by field, and a count per field.

The corpus (about 15,000 inputs): every labelled posting of tests/data/extraction except the
unseen holdout*.yaml sets (never read), each of their lines of 30 characters or more, the real
federal texts in ../shared/real-postings when present (read, never copied), the long string
fields of the fixtures and the demo data (200 characters or more), and the string literals of
25 characters or more in tests/matcher. Dump before a change (`git stash`, or a worktree of the
base commit with PYTHONPATH pointing at it), dump after, diff: every difference is either meant
or a regression (sessions 15 and 16 found one this way after each large merge). Evidence is left
out of the comparison; a run takes a few seconds.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bench.accuracy import REAL_DIR, REPO_ROOT

#: Lines shorter than this are not inputs of their own (headings, labels).
MIN_LINE = 30
#: Fixture and demo strings shorter than this are names, ids, dates.
MIN_FIELD = 200
#: Test literals shorter than this are ids and labels.
MIN_LITERAL = 25


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")
    elif isinstance(value, str) and len(value) >= MIN_FIELD:
        yield path, value


def corpus(root: Path = REPO_ROOT, real: Path = REAL_DIR) -> list[dict[str, Any]]:
    """The inputs, each {"id", "text", "title", "hints"}, first occurrence of a text only."""
    items: list[dict[str, Any]] = []
    for path in sorted((root / "tests" / "data" / "extraction").glob("*.yaml")):
        if path.name.startswith("holdout"):
            continue  # the unseen sets: never read
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            items.append(
                {
                    "id": entry["id"],
                    "text": entry["text"],
                    "title": entry.get("title"),
                    "hints": entry.get("hints") or {},
                }
            )
    for path in sorted((real / "postings").glob("*.txt")) if real.is_dir() else []:
        items.append({"id": f"real/{path.stem}", "text": path.read_text(encoding="utf-8")})
    for folder in (root / "tests" / "fixtures", root / "himjobs" / "demo_data"):
        for path in sorted(folder.rglob("*.json")):
            if path.name.endswith(".expected.json"):
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
            rel = path.relative_to(root).as_posix()
            items += [{"id": rel + where, "text": text} for where, text in _strings(data, "")]
    for path in sorted((root / "tests" / "matcher").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        items += [
            {"id": f"{path.name}:{node.lineno}:{node.col_offset}", "text": node.value}
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and len(node.value) >= MIN_LITERAL
        ]
    lines = [
        {"id": f"{item['id']}#L{n}", "text": line.strip()}
        for item in items
        for n, line in enumerate(item["text"].splitlines())
        if len(line.strip()) >= MIN_LINE
    ]
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for item in items + lines:
        if item["text"] not in seen:
            seen.add(item["text"])
            out.append(item)
    return out


def dump(out: Path, root: Path = REPO_ROOT, real: Path = REAL_DIR) -> int:
    """matcher.extract over the corpus, one JSON line per input; how many inputs."""
    from matcher import extract  # the tree on sys.path: PYTHONPATH picks the one measured
    from schemas import Hints

    inputs = corpus(root, real)
    with out.open("w", encoding="utf-8") as fh:
        for item in inputs:
            hints = Hints.model_validate(item.get("hints") or {})
            got = extract(item["text"], title=item.get("title"), hints=hints)
            fields = got.model_dump(mode="json", exclude={"evidence"})
            fh.write(json.dumps({"id": item["id"], "out": fields}, sort_keys=True) + "\n")
    return len(inputs)


def _load(path: Path) -> dict[str, Any]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row["out"] for row in rows}


def diff(before: Path, after: Path, show: int = 20) -> tuple[int, Counter[str], list[str]]:
    """(inputs that differ, a count per field, the first ``show`` differences as lines)."""
    a, b = _load(before), _load(after)
    fields: Counter[str] = Counter()
    lines: list[str] = []
    changed = 0
    for key in a.keys() & b.keys():
        if a[key] == b[key]:
            continue
        changed += 1
        names = sorted(f for f in a[key].keys() | b[key].keys() if a[key].get(f) != b[key].get(f))
        fields.update(names)
        if changed <= show:
            lines.append(key)
            lines += [
                f"  {f}: {json.dumps(a[key].get(f))[:200]} -> {json.dumps(b[key].get(f))[:200]}"
                for f in names
            ]
    return changed, fields, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="extract over the corpus into a JSON-lines file")
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff", help="the inputs whose output differs between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=20, help="differences to print (default 20)")
    args = parser.parse_args(argv)
    if args.command == "dump":
        n = dump(args.out)
        print(f"{n:,} inputs -> {args.out}")
        return 0
    for path in (args.before, args.after):
        if not path.is_file():
            print(f"bench.corpus: {path}: no such dump file", file=sys.stderr)
            return 2
    changed, fields, lines = diff(args.before, args.after, args.show)
    print("\n".join(lines))
    per_field = ", ".join(f"{f} {n}" for f, n in fields.most_common())
    print(f"{changed:,} differences" + (f" ({per_field})" if per_field else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
