"""What the generators of checked-in sources share: write the file, or with --check, fail
when the file in the repository is not what the generator writes."""
import os
import sys


def write_or_check(path, text, command):
    """Writes `text` to `path`; with --check on the command line, exits 1 when they differ."""
    name = os.path.basename(path)
    if "--check" in sys.argv[1:]:
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if current != text:
            sys.exit(f"{name} is stale: run {command}")
        print(f"{name} is current")
        return
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    print(f"wrote {name}")
