#!/usr/bin/env python3
"""Generates a deterministic OKR corpus of N people for benchmarks.

    benchmarks/generate-corpus.py PEOPLE OUT_DIR [--seed 1] [--hugo]

Writes OUT_DIR/content (okr-portal's content format): a team tree about four levels deep
with about eight people per team, 2-5 objectives per person with 2-4 key results each,
weekly check-ins, upward, key-result-level and sideways alignment, English and Chinese text,
a Markdown body with a table and a list per owner, and about 10% of people with no OKRs yet.

With --hugo it also writes OUT_DIR/hugo: the same pages as a Hugo site (same front matter
and bodies) with templates that print the same fields, so both tools do comparable work.
"""
import argparse, os, random, shutil

EN_VERBS = ["Grow", "Launch", "Cut", "Win", "Build", "Open", "Double", "Raise", "Ship", "Make"]
EN_THINGS = ["merchant sign-ups in Spain", "checkout conversion", "parcel delivery time", "repeat purchases",
             "partner revenue in Brazil", "self-serve onboarding", "creator network", "warehouse throughput"]
ZH_VERBS = ["提升", "打造", "降低", "拓展", "建立", "优化", "扩大", "实现"]
ZH_THINGS = ["西班牙商户签约量", "结账转化率", "包裹配送时效", "复购率", "巴西合作伙伴收入", "自助入驻", "达人网络", "仓库吞吐量"]
UNITS = ["merchants", "%", "days", "orders", "EUR", "家", "单"]
WEEKS = ["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"]
BODY = """
## Plan

- Weekly review every Monday
- Share results in the team channel

| Week | Focus |
|---|---|
| 1-4 | Pipeline |
| 5-9 | Conversion |
| 10-13 | Peak |
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("people", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hugo", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    content = os.path.join(out, "content")
    os.makedirs(os.path.join(content, "org"))

    # Team tree: 4 levels, branching chosen so that leaves hold ~8 people each. Leaves stop
    # at the number needed (the last subtree is partial), so the team count grows with the
    # people and not in steps of whole subtrees.
    leaves_needed = max(1, args.people // 8)
    branching = max(2, round(leaves_needed ** (1 / 3)))
    teams = []  # (id, name, parent, depth)
    leaf_count = 0
    def add_team(parent, depth, index):
        nonlocal leaf_count
        team_id = f"t{len(teams)}"
        teams.append((team_id, f"Team {len(teams)} 团队{len(teams)}", parent, depth))
        if depth == 3:
            leaf_count += 1
            return
        for child in range(branching):
            if leaf_count < leaves_needed:
                add_team(team_id, depth + 1, child)
    root = 0
    while leaf_count < leaves_needed:
        add_team(None, 0, root)
        root += 1
    leaves = [t for t in teams if t[3] == 3]

    people = []  # (id, name, team, manager)
    for index in range(args.people):
        team = leaves[index % len(leaves)]
        people.append((f"p{index}", f"Person {index} 员工{index}", team[0]))
    members = {}
    for person in people:
        members.setdefault(person[2], []).append(person[0])

    with open(os.path.join(content, "portal.yaml"), "w") as f:
        f.write("title: Benchmark OKRs\nlanguages: [en, zh]\ncurrent_cycle: 2026-Q4\ncycles:\n"
                "  - {id: \"2026\", start: 2026-01-01, end: 2026-12-31}\n"
                "  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n")
    with open(os.path.join(content, "org", "teams.yaml"), "w") as f:
        for team_id, name, parent, _ in teams:
            lead = members.get(team_id, [None])[0]
            f.write(f"- {{id: {team_id}, name: \"{name}\"" + (f", parent: {parent}" if parent else "")
                    + (f", lead: {lead}" if lead else "") + "}\n")
    with open(os.path.join(content, "org", "people.yaml"), "w") as f:
        for person_id, name, team in people:
            f.write(f"- {{id: {person_id}, name: \"{name}\", email: {person_id}@example.com, team: {team}, title: Engineer}}\n")

    pages = []  # (owner path, objectives, body) for the Hugo twin
    def objectives_for(count, targets, peers):
        result = []
        for o in range(count):
            if rng.random() < 0.5:
                title = f"{rng.choice(EN_VERBS)} {rng.choice(EN_THINGS)}"
            else:
                title = f"{rng.choice(ZH_VERBS)}{rng.choice(ZH_THINGS)}"
            aligns = []
            if targets:
                target = rng.choice(targets)
                aligns.append(target + (f"/KR{rng.randint(1, 2)}" if rng.random() < 0.3 else ""))
            if peers and rng.random() < 0.1:
                aligns.append(rng.choice(peers))
            krs = []
            for k in range(rng.randint(2, 4)):
                if rng.random() < 0.8:
                    start = rng.randint(0, 50)
                    target = start + rng.randint(10, 100)
                else:  # lower is better
                    start = rng.randint(20, 60)
                    target = start - rng.randint(5, 19)
                values = [round(start + (target - start) * (w + 1) / 13 * rng.uniform(0.5, 1.2), 1) for w in range(len(WEEKS))]
                krs.append((f"KR {k + 1}: reach {target} {rng.choice(UNITS)} 达到 {target}", start, target, values))
            result.append((f"O{o + 1}", title, aligns, krs))
        return result

    def write_okrs(owner_path, objectives):
        path = os.path.join(content, "okrs", "2026-Q4", owner_path + ".md")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        lines = ["---", "objectives:"]
        for _, title, aligns, krs in objectives:
            lines.append(f"  - title: \"{title}\"")
            lines.append(f"    confidence: {rng.randint(4, 9)}")
            if aligns:
                lines.append(f"    aligns: [{', '.join(aligns)}]")
            lines.append("    key_results:")
            for kr_title, start, target, values in krs:
                lines.append(f"      - title: \"{kr_title}\"")
                lines.append(f"        start: {start}")
                lines.append(f"        target: {target}")
                lines.append("        checkins:")
                for week, value in zip(WEEKS, values):
                    lines.append(f"          - {{date: {week}, value: {value}, confidence: {rng.randint(5, 9)}}}")
        lines.append("---")
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n" + BODY)
        pages.append((owner_path, objectives))

    company = objectives_for(3, [], [])
    write_okrs("company", company)
    team_objectives = {}
    for team_id, _, parent, _ in teams:
        targets = [f"teams/{parent}/O{i + 1}" for i in range(team_objectives[parent])] if parent else [f"company/O{i + 1}" for i in range(3)]
        objectives = objectives_for(rng.randint(2, 3), targets, [])
        team_objectives[team_id] = len(objectives)
        write_okrs(f"teams/{team_id}", objectives)
    for person_id, _, team in people:
        if rng.random() < 0.1:
            continue  # has not written OKRs yet
        targets = [f"teams/{team}/O{i + 1}" for i in range(team_objectives[team])]
        peers = [f"teams/{t}/O1" for t in (rng.choice(leaves)[0],) if t != team]
        write_okrs(f"people/{person_id}", objectives_for(rng.randint(2, 5), targets, peers))

    if args.hugo:
        write_hugo(out, teams, people, pages)
    print(f"{len(people)} people, {len(teams)} teams, {len(pages)} OKR files in {out}")


def write_hugo(out, teams, people, pages):
    """The same OKR pages as a Hugo site; its templates print the same fields we render."""
    hugo = os.path.join(out, "hugo")
    os.makedirs(os.path.join(hugo, "layouts", "_default"))
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        f.write('baseURL = "/"\ntitle = "Benchmark OKRs"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
                'relativeURLs = true\n[markup.goldmark.renderer]\nunsafe = false\n')
    with open(os.path.join(hugo, "layouts", "_default", "baseof.html"), "w") as f:
        f.write("<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n")
    with open(os.path.join(hugo, "layouts", "_default", "single.html"), "w") as f:
        f.write('{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Params.objectives }}<article><h3>{{ .title }}</h3>'
                '<p>confidence {{ .confidence }}</p><ul>{{ range .aligns }}<li>{{ . }}</li>{{ end }}</ul><ol>'
                '{{ range .key_results }}<li>{{ .title }} {{ .start }} → {{ .target }}<table>{{ range .checkins }}'
                '<tr><td>{{ .date }}</td><td>{{ .value }}</td><td>{{ .confidence }}</td></tr>{{ end }}</table></li>{{ end }}'
                '</ol></article>{{ end }}{{ .Content }}{{ end }}\n')
    with open(os.path.join(hugo, "layouts", "_default", "list.html"), "w") as f:
        f.write('{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    source = os.path.join(out, "content", "okrs", "2026-Q4")
    for folder, _, files in os.walk(source):
        for name in files:
            relative = os.path.relpath(os.path.join(folder, name), source)
            target = os.path.join(hugo, "content", relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(os.path.join(folder, name)) as f:
                text = f.read()
            # Same front matter and body, plus the title Hugo needs for its page.
            text = text.replace("---\n", f"---\ntitle: \"{relative[:-3]}\"\n", 1)
            with open(target, "w") as f:
                f.write(text)


if __name__ == "__main__":
    main()
