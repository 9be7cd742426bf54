#!/usr/bin/env python3
"""Remove cases that now pass from tests/py/wishlist.txt.

Usage:
    python3 tests/wishlist.py [--ember PATH] [--dry-run] [CASE ...]

Runs the `ember` binary (default: target/debug/ember, built by `cargo build -p ember-cli`
or `cargo test`) on the wishlist's cases -- or only on the CASEs given, e.g. the list the
differential harness printed as "now passing" -- exactly as the harness does, and removes
a case from wishlist.txt only when its transcript equals its .out byte for byte.
Comments, blank lines and the order of the other entries are kept.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import CORPUS, HEADER, run_case  # noqa: E402

WISHLIST = CORPUS / "wishlist.txt"
TIMEOUT_SECONDS = 20


def entry_of(line: str) -> str:
    return line.split("#", 1)[0].strip()


def passes(ember: str, name: str) -> bool:
    case = CORPUS / name
    out = case.with_suffix(".out")
    if not case.is_file() or not out.is_file():
        return False
    recorded = out.read_bytes()
    if not recorded.startswith(HEADER):
        return False
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    actual = run_case(ember, case, env, TIMEOUT_SECONDS)
    return actual is not None and actual == recorded[len(HEADER):]


def main() -> int:
    args = sys.argv[1:]
    target = os.environ.get("CARGO_TARGET_DIR") or CORPUS.parent.parent / "target"
    ember = str(Path(target) / "debug" / "ember")
    dry_run = False
    names: list[str] = []
    while args:
        arg = args.pop(0)
        if arg == "--ember":
            ember = args.pop(0)
        elif arg == "--dry-run":
            dry_run = True
        else:
            names.append(arg.removeprefix("tests/py/"))
    ember = str(Path(ember).resolve())
    if not os.access(ember, os.X_OK):
        sys.exit(f"wishlist.py: no ember binary at {ember} (build it, or pass --ember PATH)")

    lines = WISHLIST.read_text().splitlines(keepends=True)
    listed = [entry_of(line) for line in lines if entry_of(line)]
    candidates = [n for n in listed if not names or n in names]
    for name in names:
        if name not in listed:
            print(f"wishlist.py: {name} is not on the wishlist", file=sys.stderr)
    passing = {n for n in candidates if passes(ember, n)}
    for name in sorted(passing):
        print(f"now passing: {name}")
    if passing and not dry_run:
        kept = [line for line in lines if entry_of(line) not in passing]
        WISHLIST.write_text("".join(kept))
    action = "would remove" if dry_run else "removed"
    print(f"wishlist.py: {action} {len(passing)} of {len(candidates)} cases checked; "
          f"{len(listed) - (0 if dry_run else len(passing))} on the wishlist")
    return 0


if __name__ == "__main__":
    sys.exit(main())
