#!/usr/bin/env python3
"""Times `okr-portal diff` against one `okr-portal check` on a generated company.

    benchmarks/diff-benchmark.py [--people 10000] [--runs 3] [--share 0.2] [--binary PATH] [--work DIR]

Generates the company (benchmarks/generate-corpus.py), commits its content to a fresh git
repository, then commits a week of check-ins: one new check-in on the first key result of
every fifth person (--share). Then, alternating, --runs times each: `check` of the newer
commit, `diff HEAD~1 HEAD` (both revisions read from git) and `diff HEAD~1` (the working
tree). Prints the medians and each diff's ratio to the check, and the number of changes the
diff reported; exits 1 if a diff reports no change or fails.
"""
import argparse, json, os, random, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def git(work, *arguments):
    subprocess.run(["git", "-C", work, "-c", "user.name=Benchmark", "-c", "user.email=bench@example.com",
                    "-c", "commit.gpgsign=false", *arguments], check=True, stdout=subprocess.DEVNULL)


def add_checkins(content, share, rng):
    """One check-in dated 2026-11-20 after the 2026-11-16 one, for a share of the people."""
    folder = os.path.join(content, "okrs", "2026-Q4", "people")
    changed = 0
    for name in sorted(os.listdir(folder)):
        if rng.random() >= share:
            continue
        path = os.path.join(folder, name)
        text = open(path, encoding="utf-8").read()
        match = re.search(r"( +)- \{date: 2026-11-16, value: ([0-9.]+), confidence: (\d+)\}\n", text)
        if not match:
            continue
        line = f"{match.group(1)}- {{date: 2026-11-20, value: {float(match.group(2)) * rng.uniform(0.9, 1.2):.1f}, confidence: {rng.randint(3, 9)}}}\n"
        open(path, "w", encoding="utf-8").write(text[:match.end()] + line + text[match.end():])
        changed += 1
    return changed


def timed(command, cwd, environment):
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - started, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.2)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "okr-portal"))
    parser.add_argument("--work", default=os.path.join(HERE, "..", ".build", "diff-benchmark"))
    arguments = parser.parse_args()

    work = os.path.abspath(os.path.join(arguments.work, f"org-{arguments.people}"))
    shutil.rmtree(work, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate-corpus.py"), str(arguments.people), work], check=True, stdout=subprocess.DEVNULL)
    git(work, "init", "-q")
    git(work, "add", "content")
    git(work, "commit", "-q", "-m", "the company")
    changed = add_checkins(os.path.join(work, "content"), arguments.share, random.Random(1))
    git(work, "commit", "-q", "-am", "a week of check-ins")

    environment = dict(os.environ, SOURCE_DATE_EPOCH="1795132800")
    binary = os.path.abspath(arguments.binary)
    commands = {
        "check": [binary, "check", "--quiet"],
        "diff HEAD~1 HEAD": [binary, "diff", "HEAD~1", "HEAD", "--format", "json"],
        "diff HEAD~1 (working tree)": [binary, "diff", "HEAD~1", "--format", "json"],
    }
    times = {name: [] for name in commands}
    counts = {}
    for _ in range(arguments.runs):
        for name, command in commands.items():
            seconds, result = timed(command, work, environment)
            if name != "check":
                if result.returncode != 0:
                    sys.exit(f"{name} failed: {result.stderr.decode()}")
                counts[name] = len(json.loads(result.stdout)["changes"])
            times[name].append(seconds)

    check = statistics.median(times["check"])
    print(f"{arguments.people} people, {changed} OKR files changed by the newer commit; median of {arguments.runs} runs")
    print("| command | seconds | × check | changes |")
    print("|---|---|---|---|")
    for name in commands:
        median = statistics.median(times[name])
        print(f"| {name} | {median:.2f} | {median / check:.2f} | {counts.get(name, '')} |")
    if any(count == 0 for count in counts.values()):
        sys.exit("a diff reported no change")


if __name__ == "__main__":
    main()
