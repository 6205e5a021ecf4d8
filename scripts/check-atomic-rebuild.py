#!/usr/bin/env python3
"""Kills rebuilds at random moments and checks that the output folder is always the old site
or the new one, exactly, with no temporary file in it, and that the next build cleans up.

    python3 scripts/check-atomic-rebuild.py BINARY [--people 120] [--trials 20] [--seed 1]

It generates a company (benchmarks/generate-corpus.py), makes a second version of its content
(a tenth of the OKR files retitled, one removed), builds each version once into a folder of
its own as the reference, then for each trial: brings the output folder to the old version,
starts a build of the new version into it, sends SIGKILL after a random delay within the time
a rebuild takes, and compares the folder with both references file by file (path and bytes).
"""
import argparse, hashlib, os, random, shutil, signal, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1795132800")


def snapshot(folder):
    """Relative path → SHA-256 of every file below folder."""
    files = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return files


def build(binary, content, output):
    subprocess.run([binary, "build", "--quiet", "--content", content, "--output", output],
                   env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def leftovers_beside(output):
    """What a build leaves beside the folder besides its record and the staging folder it
    reuses (the site before, kept for the next rebuild)."""
    parent, name = os.path.split(output)
    kept = ("." + name + ".okr-portal-manifest", "." + name + ".okr-portal-staging")
    return [entry for entry in os.listdir(parent) if entry.startswith("." + name + ".okr-portal-") and entry not in kept]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--people", type=int, default=120)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="okr-atomic-")
    try:
        subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "generate-corpus.py"), str(args.people), os.path.join(work, "old")],
                       check=True, stdout=subprocess.DEVNULL)
        old_content = os.path.join(work, "old", "content")
        new_content = os.path.join(work, "new", "content")
        shutil.copytree(old_content, new_content)
        okr_files = sorted(os.path.join(d, n) for d, _, names in os.walk(os.path.join(new_content, "okrs")) for n in names)
        for path in okr_files[::10]:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text.replace('title: "', 'title: "Renewed ', 1))
        os.remove([path for path in okr_files if "/people/" in path][-1])

        old_reference, new_reference = os.path.join(work, "ref-old"), os.path.join(work, "ref-new")
        build(args.binary, old_content, old_reference)
        build(args.binary, new_content, new_reference)
        old_files, new_files = snapshot(old_reference), snapshot(new_reference)
        assert old_files != new_files

        output = os.path.join(work, "site", "public")
        build(args.binary, old_content, output)
        started = time.monotonic()
        build(args.binary, new_content, output)
        rebuild_seconds = time.monotonic() - started
        assert snapshot(output) == new_files, "an uninterrupted rebuild gives the new site"

        outcomes = {"old": 0, "new": 0}
        for trial in range(args.trials):
            build(args.binary, old_content, output)
            assert snapshot(output) == old_files, f"trial {trial}: the folder is back to the old site"
            delay = rng.uniform(0, rebuild_seconds * 1.25)
            process = subprocess.Popen([args.binary, "build", "--quiet", "--content", new_content, "--output", output],
                                       env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
            seen = snapshot(output)
            temporary = [path for path in seen if ".okr-portal-" in path]
            assert not temporary, f"trial {trial}: temporary files inside the folder: {temporary[:5]}"
            if seen == old_files:
                outcomes["old"] += 1
            elif seen == new_files:
                outcomes["new"] += 1
            else:
                paths = set(seen) | set(old_files)
                unlike_old = sorted(path for path in paths if seen.get(path) != old_files.get(path))
                raise AssertionError(f"trial {trial}: killed after {delay:.2f} s, the folder is neither site; "
                                     f"{len(unlike_old)} files differ from the old one, e.g. {unlike_old[:5]}")
            build(args.binary, new_content, output)
            assert snapshot(output) == new_files, f"trial {trial}: the next build gives the new site"
            assert not leftovers_beside(output), f"trial {trial}: the next build left {leftovers_beside(output)}"
        print(f"{args.trials} rebuilds killed within {rebuild_seconds * 1.25:.2f} s: "
              f"{outcomes['old']} left the old site, {outcomes['new']} the new one, none a mix or a temporary file")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
