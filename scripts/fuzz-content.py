#!/usr/bin/env python3
"""Feeds okr-portal mutated content folders and checks that it answers each with diagnostics,
never a crash, a hang or an unexplained exit.

    python3 scripts/fuzz-content.py BINARY [--cases 300] [--seed 1] [--content content]
                                           [--timeout 20] [--jobs 2] [--keep DIR] [--fix]

Each case copies the content folder and applies one to three mutations chosen by the seed:
cutting a file short, flipping bytes, invalid UTF-8, NUL bytes, a 1 MB line, YAML nested
thousands deep, an alias bomb, duplicate keys, control characters in quoted text, huge
numbers, thousands of @mentions in Markdown, the slips `check --fix` mends, a file replaced by a folder, a pipe, a dangling link, a link loop or a link to
/etc/passwd. Then it runs `okr-portal check` on the copy and requires: exit 0 or 1 (never a
signal or another code), an answer within --timeout seconds, and every line on stderr either
a diagnostic (`path:line:col: error|warning: …`) or the closing summary. A failing case is
kept (under --keep, default .build/fuzz-failures) with the command that reproduces it.
With --fix it runs `okr-portal check --fix`, which writes its mends into the copy first; with
--fixable too, it makes only mistakes that `--fix` mends and requires that no error is left.

A long campaign is the same with more cases and another seed, e.g.
`--cases 20000 --seed 7 --jobs 2` (about an hour on two cores with a release build).
"""
import argparse, concurrent.futures, os, random, re, shutil, subprocess, sys, tempfile, time

DIAGNOSTIC = re.compile(r"^.+:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$")
SUMMARY = re.compile(r"^(checked|built|\d+ (error|warning)s?)\b|^(no )?problems?|^check |^fixed \d+ problems? in |^okr-portal check --fix can mend ")


FIXABLE = 12


def mutations(rng, text, choice=None):
    """One mutated text of a YAML or Markdown file (of the kind `choice` when given)."""
    choice = rng.randrange(14) if choice is None else choice
    if choice == 0 and text:
        return text[: rng.randrange(len(text))]
    if choice == 1 and text:
        data = bytearray(text.encode())
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice == 2:
        return text.encode() + b"\n# \xff\xfe\xc3(\n"
    if choice == 3:
        cut = rng.randrange(len(text) + 1)
        return text[:cut] + "\x00" + text[cut:]
    if choice == 4:
        return text + "\ntitle: " + "x" * (1 << 20) + "\n"
    if choice == 5:
        depth = rng.choice([300, 5000, 50000])
        return "---\nobjectives: " + "[" * depth + "]" * depth + "\n---\n"
    if choice == 6:
        lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        for level in range(1, 12):
            lines.append(f"{'abcdefghijklmnop'[level]}: &{'abcdefghijklmnop'[level]} [" + ", ".join(["*" + "abcdefghijklmnop"[level - 1]] * 9) + "]")
        return "\n".join(lines) + "\n"
    if choice == 7:
        return text.replace("title:", "title: A\n    title:", 1) if "title:" in text else text + "\nx: 1\nx: 2\n"
    if choice == 8:
        escape = rng.choice(["\\x01", "\\x02", "\\u2028", "\\N", "\\x7f", "\\0", "\\e"])
        return text.replace('title: "', 'title: "' + escape, 1) if 'title: "' in text else text + f'\ntitle: "a{escape}b"\n'
    if choice == 9:
        return re.sub(r"\b\d+\b", lambda _: rng.choice(["1e400", "-0", "NaN", ".inf", "99999999999999999999"]), text, count=3)
    if choice == 10:
        return "---\n" + text.replace("---", "", 1)
    if choice == 11:
        # Mentions in Markdown: inside emphasis, links, code, after CJK, overlong, escaped.
        bits = ["@", "@@", "@a.", "*@b*", "[@c](x)", "`@d`", "中@文 @李", "@" + "e" * 150, "\\@f", "&#64;g", "@h\n@i", "ops@x.example"]
        return text + "\n" + " ".join(rng.choice(bits) for _ in range(rng.randint(1, 3000))) + "\n"
    if choice == FIXABLE:
        # Mistakes `check --fix` mends: misspelt keys, percentages, dates with a time, lists
        # without brackets, a reference's kind misspelt, a key result's owner without people/.
        swaps = [(r"\btitle:", "titel:"), (r"\btarget:", "taget:"), (r"progress: 0\.(\d)(?!\d)", r"progress: \g<1>0%"),
                 (r"(date: \d{4}-\d\d-\d\d)", r"\1T09:00"), (r"aligns: \[([^\]\n]*)\]", r"aligns: \1"),
                 (r"\bteams/", "team/"), (r"type: committed", "type: commited"), (r"languages: \[en, zh\]", "languages: [en, cn]"),
                 (r"owner: people/", "owner: ")]
        # And YAML that does not parse, one place each: a file stops at its first.
        breaks = [(r"(\{date: \d{4}-\d\d-\d\d), ", r"\1 "), (r"(- title: )([A-Z][a-z]+) ", r"\1\2: "), (r'note: "(\w)', r"note: @\1")]
        for pattern, replacement in rng.sample(swaps, rng.randint(1, 4)):
            text = re.sub(pattern, replacement, text, count=rng.randint(1, 3))
        for pattern, replacement in rng.sample(breaks, rng.randint(0, 1)):
            text = re.sub(pattern, replacement, text, count=1)
        return text
    return text.replace("\n", "\r\n") + "\r\n---\r\n"


def mutate_folder(rng, root, fixable=False):
    files = sorted(os.path.join(d, n) for d, _, names in os.walk(root) for n in names)
    said = []
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(files)
        if not os.path.isfile(path) or os.path.islink(path):
            continue
        kind = 0 if fixable else rng.randrange(10)
        relative = os.path.relpath(path, root)
        if kind < 7:
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
            mutated = mutations(rng, text, FIXABLE if fixable else None)
            with open(path, "wb") as handle:
                handle.write(mutated if isinstance(mutated, bytes) else mutated.encode("utf-8", "surrogatepass"))
            said.append(f"mutated {relative}")
        elif kind == 7:
            os.remove(path)
            os.makedirs(os.path.join(path, "inside"))
            said.append(f"{relative} became a folder")
        elif kind == 8:
            os.remove(path)
            os.mkfifo(path)
            said.append(f"{relative} became a pipe")
        else:
            os.remove(path)
            os.symlink(rng.choice(["/etc/passwd", os.path.basename(path), "missing.md", ".."]), path)
            said.append(f"{relative} became a link")
    return said


def run_case(binary, content, timeout, seed, keep, fix=False, fixable=False):
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="okr-fuzz-")
    try:
        folder = os.path.join(work, "content")
        shutil.copytree(content, folder, symlinks=True)
        said = mutate_folder(rng, folder, fixable)
        started = time.monotonic()
        try:
            result = subprocess.run([binary, "check", *(["--fix"] if fix else []), "--content", folder], capture_output=True, timeout=timeout,
                                    env=dict(os.environ, SOURCE_DATE_EPOCH="1795132800"))
        except subprocess.TimeoutExpired:
            return keep_case(work, keep, seed, said, f"no answer within {timeout} s")
        seconds = time.monotonic() - started
        if result.returncode not in (0, 1):
            return keep_case(work, keep, seed, said, f"exit {result.returncode}: {result.stderr.decode(errors='replace')[-500:]}")
        for line in result.stderr.decode(errors="replace").splitlines():
            if line and not DIAGNOSTIC.match(line) and not SUMMARY.match(line) and not line.startswith("  "):
                return keep_case(work, keep, seed, said, f"a line that is not a diagnostic: {line[:300]!r}")
            if fixable and ": error: " in line:
                return keep_case(work, keep, seed, said, f"check --fix left an error it should have mended: {line[:300]!r}")
        return None, seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)


def keep_case(work, keep, seed, said, problem):
    target = os.path.join(keep, f"case-{seed}")
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(os.path.join(work, "content"), target, symlinks=True, ignore_dangling_symlinks=True,
                    ignore=lambda d, names: [n for n in names if not (os.path.isfile(os.path.join(d, n)) or os.path.isdir(os.path.join(d, n)))])
    return f"case {seed} ({'; '.join(said)}): {problem}; kept in {target}", 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--content", default="content")
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", default=os.path.join(".build", "fuzz-failures"))
    parser.add_argument("--fix", action="store_true", help="run check --fix")
    parser.add_argument("--fixable", action="store_true",
                        help="only mistakes check --fix mends (misspelt keys, percentages, …); with --fix, no error may be left")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    seeds = [args.seed * 1_000_003 + case for case in range(args.cases)]
    failures, slowest = [], 0.0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for problem, seconds in pool.map(lambda seed: run_case(binary, args.content, args.timeout, seed, args.keep, args.fix, args.fixable), seeds):
            slowest = max(slowest, seconds)
            if problem:
                failures.append(problem)
    for problem in failures:
        print(problem)
    print(f"{args.cases} mutated content folders: {len(failures)} failed; slowest answer {slowest:.1f} s")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
