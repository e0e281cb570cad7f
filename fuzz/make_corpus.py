#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (fuzz/corpus/<target>/) from docs/examples/ and
the demo data (src/demo/demo.json), and, given the `cxo-review` binary, from its exports of the
demo database (`export csv --table …`, `export json`).

    cargo build --bin cxo-review
    python3 fuzz/make_corpus.py [path/to/cxo-review]

Each input starts with one byte that picks what it is imported as (fuzz/fuzz_targets/*.rs): the
index of the record kind in `Kind::ALL`, or, for import_json, 16 for the whole-database
document. Inputs are kept small: a few records of each kind.
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")

# Kind::ALL, in order (src/import/mod.rs).
KINDS = [
    "organizations", "people", "meetings", "attendance", "counts", "priorities", "decisions", "actions",
    "contributions", "proposals", "action-plan", "objectives", "reviewers", "cycles", "scores", "improvements",
]
DATASET = len(KINDS)  # import_json: the whole-database document
# Sections of the whole-database document and the kind each holds.
SECTION_KIND = {kind.replace("-", "_"): kind for kind in KINDS}
RECORDS_PER_SEED = 6


def write(target, name, selector, body):
    if isinstance(body, str):
        body = body.encode("utf-8")
    path = os.path.join(CORPUS, target, name)
    with open(path, "wb") as f:
        f.write(bytes([selector]) + body)


def cell(value):
    """A JSON value as the text of a CSV cell (docs/formats.md)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(item_text(item) for item in value)
    return str(value)


def item_text(item):
    if isinstance(item, dict):
        if "metric" in item:  # an indicator
            target = item["target"]
            target = int(target) if float(target).is_integer() else target
            return f"{item['metric']} {item['comparison']} {target}"
        if "level" in item:  # a rubric level
            return f"{item['level']}={item['label']}"
        if "kind" in item:  # evidence
            return f"{item['kind']}:{item['reference']}"
    return str(item)


def to_csv(records):
    out = io.StringIO()
    columns = list(records[0].keys())
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([cell(record.get(column)) for column in columns])
    return out.getvalue()


def renamed(kind, record, n):
    """A copy of a demo record that the demo database does not hold yet, so that importing it
    succeeds and the fuzzer starts from inputs that reach the end of an import."""
    r = dict(record)
    if kind in ("organizations", "people", "reviewers", "cycles"):
        r["name"] = f"{r['name']} (fuzz {n})"
        if kind == "cycles":
            r["status"], r["signed_off_at"], r["digest"] = "open", None, None
    elif kind == "meetings":
        r["key"] = f"{r['key']}-F{n}"
    elif kind == "priorities":
        r["rank"] = r["rank"] + 100
    elif kind in ("decisions", "actions"):
        r["text"] = f"{r['text']} (fuzz {n})"
    elif kind == "contributions":
        r["symbol"] = f"{r['symbol']}-F{n}"
    elif kind == "proposals":
        r["seq"] = r["seq"] + 100
    elif kind == "action-plan":
        r["code"] = f"AP9.{n}"
    elif kind == "objectives":
        r["code"] = f"F{n}"
    elif kind == "improvements":
        r["title"] = f"{r['title']} (fuzz {n})"
    else:
        return None
    return r


def main():
    for target in ("import_csv", "import_json"):
        shutil.rmtree(os.path.join(CORPUS, target), ignore_errors=True)
        os.makedirs(os.path.join(CORPUS, target))

    # docs/examples/: every example file, as the kind its name says.
    examples = os.path.join(ROOT, "docs", "examples")
    for name in sorted(os.listdir(examples)):
        stem, ext = os.path.splitext(name)
        if stem not in KINDS or ext not in (".csv", ".json"):
            continue
        with open(os.path.join(examples, name), "rb") as f:
            body = f.read()
        target = "import_csv" if ext == ".csv" else "import_json"
        write(target, f"example-{name}", KINDS.index(stem), body)

    # The demo data: a few records of each kind as CSV and JSON (duplicates of stored records:
    # the import fails), and renamed copies (the import succeeds).
    with open(os.path.join(ROOT, "src", "demo", "demo.json"), encoding="utf-8") as f:
        demo = json.load(f)
    for section, kind in SECTION_KIND.items():
        records = demo.get(section) or []
        if not records:
            continue
        sample = records[:RECORDS_PER_SEED]
        index = KINDS.index(kind)
        write("import_csv", f"demo-{kind}.csv", index, to_csv(sample))
        write("import_json", f"demo-{kind}.json", index, json.dumps(sample, ensure_ascii=False, indent=1))
        fresh = [r for r in (renamed(kind, record, n) for n, record in enumerate(sample[:2])) if r]
        if fresh:
            write("import_csv", f"new-{kind}.csv", index, to_csv(fresh))
            write("import_json", f"new-{kind}.json", index, json.dumps(fresh, ensure_ascii=False))

    # Whole-database documents: the demo itself, a small one of new records, an empty one.
    with open(os.path.join(ROOT, "src", "demo", "demo.json"), "rb") as f:
        write("import_json", "dataset-demo.json", DATASET, f.read())
    small = {"format": "cxo-review", "version": 1}
    for section, kind in SECTION_KIND.items():
        fresh = [r for r in (renamed(kind, record, 0) for record in (demo.get(section) or [])[:1]) if r]
        small[section] = fresh
    write("import_json", "dataset-new-records.json", DATASET, json.dumps(small, ensure_ascii=False, indent=2))
    write("import_json", "dataset-empty.json", DATASET, '{"format": "cxo-review", "version": 1}\n')

    # Exports of the demo database by the command-line tool, when it is given.
    if len(sys.argv) > 1:
        exports(sys.argv[1], demo)


def exports(binary, demo):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "demo.sqlite")
        run = lambda *args: subprocess.run([binary, "--db", db, *args], check=True, stdout=subprocess.DEVNULL)
        run("demo")
        out = os.path.join(tmp, "export.json")
        run("export", "json", "--out", out)
        with open(out, "rb") as f:
            write("import_json", "export-json-demo.json", DATASET, f.read())
        for table in ("organizations", "people", "meetings", "attendance", "counts", "actions", "contributions", "proposals"):
            out = os.path.join(tmp, f"{table}.csv")
            run("export", "csv", "--table", table, "--include-confidential", "--out", out)
            with open(out, encoding="utf-8") as f:
                lines = f.read().splitlines(keepends=True)
            write("import_csv", f"export-csv-{table}.csv", KINDS.index(table), "".join(lines[: RECORDS_PER_SEED + 1]))
        cycle = demo["cycles"][0]["name"]
        for table in ("scores", "improvements", "objectives"):
            out = os.path.join(tmp, f"{table}.csv")
            run("export", "csv", "--table", table, "--cycle", cycle, "--out", out)
            with open(out, encoding="utf-8") as f:
                lines = f.read().splitlines(keepends=True)
            write("import_csv", f"export-csv-cycle-{table}.csv", KINDS.index(table), "".join(lines[: RECORDS_PER_SEED + 1]))


if __name__ == "__main__":
    main()
