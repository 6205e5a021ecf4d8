#!/usr/bin/env python3
"""Builds the same generated OKR corpus with okr-portal and with Hugo, side by side.

    benchmarks/compare-hugo.py [--people 10000 50000] [--runs 3] [--binary PATH] [--work DIR]
                               [--output-root DIR] [--settle SECONDS] [--no-floor] [--json OUT]

For each organisation size it generates the corpus once (benchmarks/generate-corpus.py, with
its Hugo twin), then runs rounds: in each round every size is built once by each tool,
alternating okr-portal and Hugo, so that both tools and all sizes see the same machine state.
It reports for each tool the median wall time, CPU time (user + system) and peak memory
(maximum resident set size) of the whole process. After okr-portal's full builds it also
times a rebuild with nothing changed and counts the files that rebuild modified. At the end it
prints a table with the ratios and the growth from the smallest to the largest size, as the
median of the rounds' ratios (and as the ratio of the medians), and each tool's output bytes
and largest HTML page.

Each full build starts from an empty output folder. Hugo's own cache folder is removed too,
so neither tool reuses work from an earlier run. The previous round's folders are all deleted
when a round starts, and then the script syncs and waits once (--settle, 370 s by default)
before the round's first build, so that no build runs right after a deletion: ext4 without a
journal (this machine's disk) will not reuse an inode freed in the last 60 s, or in the last
360 s while its inode-table block is dirty, which the next build's new files make it; every
file created meanwhile first walks past those inodes. Measured here, a 10,000-person build
started 65 s after deleting the previous output and syncing spent 18-21 s in the kernel and
took 38-48 s; started 370 s after, 4.6 s and 27 s. --output-root puts the output folders
elsewhere, e.g. on a tmpfs (/dev/shm) to measure the generators without the disk (--settle 0
is enough there).

At the end of each round it also measures the floor under any generator doing okr-portal's
job on this machine (benchmarks/floor.c, compiled with cc): libyaml alone parsing the
content's YAML, and plain POSIX calls writing okr-portal's output again (the same folders,
files and sizes, into a folder beside it), both on every core, with nothing rendered. A
target below the floor cannot be met without writing less. --no-floor skips it.
"""
import argparse, json, os, platform, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD_DATE = "1795132800"  # 2026-11-19, inside the corpus's 2026-Q4 cycle


def measure(command, env=None):
    """Runs command and returns (wall seconds, CPU seconds, peak RSS in MiB, exit code)."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(command)} failed with exit {code}:\n{stderr[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def output_size(folder):
    """Total bytes of the files in folder, and its largest HTML page as (bytes, path)."""
    total, largest = 0, (0, "")
    for directory, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(directory, name)
            size = os.path.getsize(path)
            total += size
            if name.endswith(".html") and size > largest[0]:
                largest = (size, os.path.relpath(path, folder))
    return total, largest


def modification_times(folder):
    times = {}
    for directory, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(directory, name)
            times[path] = os.stat(path).st_mtime_ns
    return times


class SizeBench:
    """One organisation size: its corpus, its output folders and every run's figures."""

    def __init__(self, people, args):
        self.people, self.args = people, args
        self.corpus = os.path.join(args.work, f"org-{people}")
        if not os.path.isdir(os.path.join(self.corpus, "hugo")):
            shutil.rmtree(self.corpus, ignore_errors=True)
            subprocess.run([sys.executable, os.path.join(HERE, "generate-corpus.py"), str(people), self.corpus, "--hugo"], check=True)
        self.outputs = os.path.join(args.output_root, f"org-{people}") if args.output_root else self.corpus
        os.makedirs(self.outputs, exist_ok=True)
        self.ours_out = os.path.join(self.outputs, "public-okr-portal")
        self.hugo_out = os.path.join(self.outputs, "public-hugo")
        self.floor_out = os.path.join(self.outputs, "floor-write")
        self.env = dict(os.environ, SOURCE_DATE_EPOCH=BUILD_DATE)
        self.ours_cmd = [args.binary, "build", "--quiet", "--content", os.path.join(self.corpus, "content"), "--output", self.ours_out]
        self.hugo_cmd = ["hugo", "--quiet", "--source", os.path.join(self.corpus, "hugo"), "--destination", self.hugo_out]
        self.results = {"okr-portal": [], "hugo": [], "rebuild": [], "rewritten": [], "parse_floor": [], "write_floor": []}

    def clear(self):
        """Deletes both tools' output and caches, so the next full builds start from nothing."""
        for out in (self.ours_out, self.hugo_out, self.floor_out, os.path.join(self.corpus, "hugo", "resources")):
            shutil.rmtree(out, ignore_errors=True)
        # okr-portal's record of its last build sits beside the output; a full build starts without it.
        manifest = os.path.join(self.outputs, ".public-okr-portal.okr-portal-manifest")
        if os.path.exists(manifest):
            os.remove(manifest)

    def run(self, number):
        """One full build of each tool, alternating, then an unchanged rebuild of okr-portal."""
        people = self.people
        for tool in ("okr-portal", "hugo"):
            figures = measure(self.ours_cmd if tool == "okr-portal" else self.hugo_cmd, self.env)
            self.results[tool].append(figures)
            print(f"  {people} people, run {number}, {tool}: {figures[0]:.2f} s wall, {figures[1]:.2f} s CPU, {figures[2]:.0f} MiB",
                  file=sys.stderr)
        before = modification_times(self.ours_out)
        figures = measure(self.ours_cmd, self.env)
        after = modification_times(self.ours_out)
        rewritten = sum(1 for path, stamp in after.items() if before.get(path) != stamp) + len(set(before) - set(after))
        self.results["rebuild"].append(figures)
        self.results["rewritten"].append(rewritten)
        print(f"  {people} people, run {number}, unchanged rebuild: {figures[0]:.2f} s wall, {rewritten} files modified",
              file=sys.stderr)

    def floor(self, number, floor_binary):
        """The floor of this size: libyaml over the content, then okr-portal's output written again."""
        def seconds(line):
            return float(line.rsplit(",", 1)[1].strip().removesuffix(" s"))
        parse = subprocess.run([floor_binary, "parse", os.path.join(self.corpus, "content")], check=True, capture_output=True, text=True).stdout.strip()
        write = subprocess.run([floor_binary, "write", self.ours_out, self.floor_out], check=True, capture_output=True, text=True).stdout.strip()
        self.results["parse_floor"].append(seconds(parse))
        self.results["write_floor"].append(seconds(write))
        print(f"  {self.people} people, run {number}, floor: {parse}; {write}", file=sys.stderr)

    def summary(self):
        def median(tool, index):
            return statistics.median(figures[index] for figures in self.results[tool])

        pages = sum(len(files) for _, _, files in os.walk(self.ours_out) if files)
        hugo_pages = sum(len(files) for _, _, files in os.walk(self.hugo_out) if files)
        if not pages or not hugo_pages:
            sys.exit(f"a build wrote nothing: okr-portal {pages} files, Hugo {hugo_pages} files")
        (ours_bytes, ours_largest), (hugo_bytes, hugo_largest) = output_size(self.ours_out), output_size(self.hugo_out)
        return {
            "people": self.people, "runs": self.args.runs, "okr_portal_files": pages, "hugo_files": hugo_pages,
            "okr_portal_bytes": ours_bytes, "hugo_bytes": hugo_bytes,
            "okr_portal_largest_page": {"bytes": ours_largest[0], "path": ours_largest[1]},
            "hugo_largest_page": {"bytes": hugo_largest[0], "path": hugo_largest[1]},
            "okr_portal": {"wall": median("okr-portal", 0), "cpu": median("okr-portal", 1), "peak_mib": median("okr-portal", 2)},
            "hugo": {"wall": median("hugo", 0), "cpu": median("hugo", 1), "peak_mib": median("hugo", 2)},
            "rebuild": {"wall": median("rebuild", 0), "files_modified": max(self.results["rewritten"])},
            "okr_portal_walls": [figures[0] for figures in self.results["okr-portal"]],
            "hugo_walls": [figures[0] for figures in self.results["hugo"]],
            "parse_floor": statistics.median(self.results["parse_floor"]) if self.results["parse_floor"] else None,
            "write_floor": statistics.median(self.results["write_floor"]) if self.results["write_floor"] else None,
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "okr-portal"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench"))
    parser.add_argument("--output-root", help="folder for the output folders (default: beside each corpus)")
    parser.add_argument("--settle", type=float, default=370, help="seconds to wait after deleting the output folders")
    parser.add_argument("--no-floor", action="store_true", help="skip the parse and write floor")
    parser.add_argument("--json")
    args = parser.parse_args()
    if args.output_root:
        args.output_root = os.path.abspath(args.output_root)
    if not shutil.which("hugo"):
        sys.exit("hugo is not installed (apt-get install hugo)")
    if not os.path.exists(args.binary):
        sys.exit(f"no okr-portal binary at {args.binary}; run swift build -c release")
    # Absolute: Hugo reads a relative --destination from its --source folder.
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    floor_binary = None
    if not args.no_floor:
        floor_binary = os.path.join(args.work, "floor")
        subprocess.run(["cc", "-O2", "-pthread", os.path.join(HERE, "floor.c"), "-lyaml", "-o", floor_binary], check=True)

    sizes = [SizeBench(people, args) for people in args.people]
    # Rounds rather than one size after the other: this machine's speed drifts over a long
    # run, and a round that builds every size within minutes lets the drift fall on all
    # sizes alike, so the growth from one size to the next is taken within each round.
    for number in range(1, args.runs + 1):
        for size in sizes:
            size.clear()
        os.sync()
        if args.settle:
            print(f"  round {number}: waiting {args.settle:.0f} s after deleting the last round's output", file=sys.stderr)
            time.sleep(args.settle)
        for size in sizes:
            size.run(number)
        # After every build of the round: its folder is deleted only when the next round starts,
        # before the wait, so it cannot slow a build down (see the note on ext4 above).
        if floor_binary:
            for size in sizes:
                size.floor(number, floor_binary)
    rows = [size.summary() for size in sizes]
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.machine())
    memory = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")) / 1024 / 1024
    print(f"machine: {os.cpu_count()} × {cpu}, {memory:.0f} GiB, {platform.system()} {platform.release()}; hugo {hugo_version}")
    where = f"output in {args.output_root}" if args.output_root else "output beside the corpus"
    print(f"medians of {args.runs} run(s); full builds from an empty output folder, {args.settle:.0f} s after the last deletion; {where}\n")
    print("| people | tool | files | wall s | CPU s | peak MiB | wall ratio | peak ratio | unchanged rebuild s | files modified |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        ours, hugo = row["okr_portal"], row["hugo"]
        print(f"| {row['people']} | okr-portal | {row['okr_portal_files']} | {ours['wall']:.2f} | {ours['cpu']:.2f} | {ours['peak_mib']:.0f} "
              f"| {ours['wall'] / hugo['wall']:.2f} × Hugo | {ours['peak_mib'] / hugo['peak_mib']:.2f} × Hugo "
              f"| {row['rebuild']['wall']:.2f} ({row['rebuild']['wall'] / ours['wall']:.0%}) | {row['rebuild']['files_modified']} |")
        print(f"| {row['people']} | Hugo | {row['hugo_files']} | {hugo['wall']:.2f} | {hugo['cpu']:.2f} | {hugo['peak_mib']:.0f} | | | | |")
    print("\n| people | okr-portal output MB | Hugo output MB | bytes ratio | okr-portal's largest page | Hugo's largest page |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        ours, hugo = row["okr_portal_largest_page"], row["hugo_largest_page"]
        print(f"| {row['people']} | {row['okr_portal_bytes'] / 1e6:.1f} | {row['hugo_bytes'] / 1e6:.1f} "
              f"| {row['okr_portal_bytes'] / row['hugo_bytes']:.2f} × Hugo | {ours['bytes'] / 1e6:.2f} MB ({ours['path']}) "
              f"| {hugo['bytes'] / 1e6:.2f} MB ({hugo['path']}) |")
    if floor_binary:
        print("\n| people | libyaml alone s | writing okr-portal's files alone s | floor s | floor ratio | okr-portal over the floor s |")
        print("|---|---|---|---|---|---|")
        for row in rows:
            floor = row["parse_floor"] + row["write_floor"]
            print(f"| {row['people']} | {row['parse_floor']:.2f} | {row['write_floor']:.2f} | {floor:.2f} | {floor / row['hugo']['wall']:.2f} × Hugo "
                  f"| {row['okr_portal']['wall'] - floor:.2f} |")
    growth_record = None
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        def growth(key):
            rounds = [b / a for a, b in zip(first[key], last[key])]
            return statistics.median(rounds), ", ".join(f"{ratio:.2f}" for ratio in rounds)
        (ours, ours_rounds), (hugo, hugo_rounds) = growth("okr_portal_walls"), growth("hugo_walls")
        print(f"\ngrowth {first['people']} → {last['people']} people (people × {last['people'] / first['people']:.1f}), "
              f"median of the rounds' ratios: okr-portal × {ours:.2f} ({ours_rounds}), Hugo × {hugo:.2f} ({hugo_rounds}); "
              f"ratio of the medians: okr-portal × {last['okr_portal']['wall'] / first['okr_portal']['wall']:.2f}, "
              f"Hugo × {last['hugo']['wall'] / first['hugo']['wall']:.2f}")
        growth_record = {"from": first["people"], "to": last["people"], "okr_portal": ours, "hugo": hugo}
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"hugo": hugo_version, "rows": rows, "growth": growth_record}, f, indent=2)


if __name__ == "__main__":
    main()
