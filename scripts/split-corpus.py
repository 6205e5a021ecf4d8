#!/usr/bin/env python3
"""Puts each title of the hint corpus in the tuning or the evaluation half, once.

    scripts/split-corpus.py [--seed 25] [CORPUS]

Titles that already carry `half:` keep it: a title never changes half, so the evaluation
half stays text the heuristics were not changed while looking at. Titles written before the
"=== Written after the heuristics" line were written alongside the heuristics and go to the
tuning half. The others are shuffled with the seed within strata (kind, language, expected
rules), and enough of them go to the evaluation half, stratum by stratum (largest remainder),
that the two halves are the same size, so every rule has positives in both.
"""
import argparse, math, os, random, re, sys

MARKER = "# === Written after the heuristics"
ENTRY = re.compile(r"^- \{(.*)\}\s*$")


def field(body, name):
    match = re.search(name + r": (\[[^\]]*\]|\"[^\"]*\"|[^,}]+)", body)
    return match.group(1) if match else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "Tests", "OKRHintsTests", "Fixtures", "corpus.yaml"))
    parser.add_argument("--seed", type=int, default=25)
    arguments = parser.parse_args()

    lines = open(arguments.corpus, encoding="utf-8").read().split("\n")
    written_after = False
    halves = {}       # line index → half
    open_lines = []   # new titles without a half yet
    for index, line in enumerate(lines):
        if line.startswith(MARKER):
            written_after = True
        match = ENTRY.match(line)
        if not match:
            continue
        half = field(match.group(1), "half")
        if half:
            halves[index] = half
        elif not written_after:
            halves[index] = "tune"
        else:
            open_lines.append(index)

    total = len(halves) + len(open_lines)
    wanted = max(0, total // 2 - sum(1 for half in halves.values() if half == "eval"))
    strata = {}
    for index in open_lines:
        body = ENTRY.match(lines[index]).group(1)
        strata.setdefault((field(body, "kind"), field(body, "lang"), field(body, "rules")), []).append(index)
    share = wanted / len(open_lines) if open_lines else 0
    rng = random.Random(arguments.seed)
    quotas = {}
    for key in sorted(strata):
        rng.shuffle(strata[key])
        quotas[key] = math.floor(len(strata[key]) * share)
    # Largest remainders take the places rounding down left over.
    left = wanted - sum(quotas.values())
    for key in sorted(strata, key=lambda k: (-(len(strata[k]) * share - quotas[k]), k))[:left]:
        quotas[key] += 1
    for key, indices in strata.items():
        for position, index in enumerate(indices):
            halves[index] = "eval" if position < quotas[key] else "tune"

    for index, half in halves.items():
        if field(ENTRY.match(lines[index]).group(1), "half") is None:
            lines[index] = lines[index].replace("- {", "- {half: %s, " % half, 1)
    open(arguments.corpus, "w", encoding="utf-8").write("\n".join(lines))
    counts = {half: sum(1 for h in halves.values() if h == half) for half in ("tune", "eval")}
    print(f"{total} titles: {counts['tune']} tuning, {counts['eval']} evaluation")


if __name__ == "__main__":
    main()
