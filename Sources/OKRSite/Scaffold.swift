import Foundation
import OKRModel

/// `okr-portal init`: the files of a new portal repository — a small content skeleton that
/// builds without a single hint, a README for OKR authors, a .gitignore, and CI that checks
/// every commit and publishes the site (GitHub Actions with Pages, GitLab CI with `pages`).
public enum Scaffold {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    /// The quarter containing `today`, as the skeleton's first cycle.
    static func quarter(containing today: Day) -> (id: String, start: Day, end: Day) {
        let (year, month, _) = today.components
        let quarter = (month - 1) / 3 + 1
        let start = Day(year: year, month: (quarter - 1) * 3 + 1, day: 1)!
        let nextStart = quarter == 4 ? Day(year: year + 1, month: 1, day: 1)! : Day(year: year, month: quarter * 3 + 1, day: 1)!
        return ("\(year)-Q\(quarter)", start, Day(daysSinceEpoch: nextStart.daysSinceEpoch - 1))
    }

    public static func files(today: Day) -> [String: String] {
        let cycle = quarter(containing: today)
        let checkIn = max(cycle.start, Day(daysSinceEpoch: today.daysSinceEpoch - 3))
        let okr = { (title: String, aligns: String, kr1: String, kr2: String) in
            """
            ---
            objectives:
              - title: \(title)
                aligns: \(aligns)
                confidence: 7
                key_results:
                  - title: \(kr1)
                    start: 10
                    target: 40
                    checkins:
                      - {date: \(checkIn), value: 18, confidence: 7, note: "First week"}
                  - title: \(kr2)
                    start: 40
                    target: 20
                    unit: "%"
                    checkins:
                      - {date: \(checkIn), value: 36, confidence: 7}
            ---
            Why this matters, and the plan for the cycle, in Markdown.

            """
        }
        return [
            ".gitignore": "public/\n.public.okr-portal-manifest\n.build/\n",
            "content/portal.yaml": """
            # Site settings. See README.md for every field.
            title: Our OKRs
            languages: [en, zh]
            cycles:
              - {id: \(cycle.id), start: \(cycle.start), end: \(cycle.end)}
            hints: {max_objectives: 5, max_key_results: 4, min_key_results: 2, stale_days: 14}

            """,
            "content/company.md": """
            ---
            name: Our Company
            mission: Say in one sentence why the company exists.
            ---
            The strategy the OKRs serve, in Markdown.

            """,
            "content/org/teams.yaml": "# One team per line; parent names the team above (none: reports to the company).\n- {id: product, name: Product, lead: alex}\n",
            "content/org/people.yaml": """
            # One person per line, e.g. exported from the HR system.
            - {id: alex, name: Alex Example, email: alex@example.com, team: product, title: Head of Product}
            - {id: sam, name: Sam Example, email: sam@example.com, team: product, title: Engineer, manager: alex}

            """,
            "content/okrs/\(cycle.id)/company.md": okr("Win our first hundred customers", "[]", "Paying customers grow from 10 to 40", "Churn falls from 40% to 20%"),
            "content/okrs/\(cycle.id)/teams/product.md": okr("Make onboarding effortless", "[company/O1]", "Self-serve sign-ups grow from 10 to 40", "Drop-off during setup falls from 40% to 20%"),
            "content/okrs/\(cycle.id)/people/sam.md": okr("Cut setup to one screen", "[teams/product/O1/KR2]", "Setup steps completed by 40 of 40 test users", "Setup errors fall from 40% to 20%"),
            "ci.sh": """
            #!/usr/bin/env bash
            # Checks the OKR files and builds the site into public/. Errors fail; writing hints
            # are warnings (annotations on a pull request) unless OKR_STRICT=1 makes them fail too.
            # Both CI workflows run this; run it locally before pushing.
            set -euo pipefail
            format=text
            if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; fi
            okr-portal check ${OKR_STRICT:+--strict} --format "$format"
            okr-portal build --output public

            """,
            ".github/workflows/okrs.yml": """
            # Checks every commit and pull request (problems appear as annotations on the lines
            # of the pull request) and publishes main to GitHub Pages.
            name: OKRs
            on:
              push:
              pull_request:
            permissions:
              contents: read
              pages: write
              id-token: write
            env:
              # Where to build okr-portal from: your copy of its repository.
              OKR_PORTAL_REPOSITORY: https://github.com/your-org/okr-portal
            jobs:
              build:
                runs-on: ubuntu-latest
                container: swift:6.1
                steps:
                  - uses: actions/checkout@v4
                  - name: Install okr-portal
                    run: |
                      apt-get update && apt-get install -y libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev git
                      git clone --depth 1 "$OKR_PORTAL_REPOSITORY" /tmp/okr-portal
                      swift build -c release --package-path /tmp/okr-portal
                      cp /tmp/okr-portal/.build/release/okr-portal /usr/local/bin/
                  - name: Check and build
                    run: bash ci.sh
                  - uses: actions/upload-pages-artifact@v3
                    if: github.ref == 'refs/heads/main'
                    with:
                      path: public
              deploy:
                if: github.ref == 'refs/heads/main'
                needs: build
                runs-on: ubuntu-latest
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@v4

            """,
            ".gitlab-ci.yml": """
            # Checks every commit; the pages job publishes the default branch with GitLab Pages.
            image: swift:6.1
            variables:
              OKR_PORTAL_REPOSITORY: https://github.com/your-org/okr-portal
            before_script:
              - apt-get update && apt-get install -y libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev git
              - git clone --depth 1 "$OKR_PORTAL_REPOSITORY" /tmp/okr-portal
              - swift build -c release --package-path /tmp/okr-portal
              - cp /tmp/okr-portal/.build/release/okr-portal /usr/local/bin/
            check:
              script:
                - bash ci.sh
              rules:
                - if: $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH
            pages:
              script:
                - bash ci.sh
              artifacts:
                paths:
                  - public
              rules:
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

            """,
            "README.md": """
            # Our OKRs

            This repository holds the company's OKRs. Every commit is checked, and the main branch
            is published as a web portal where everyone can see who aligns to whom.

            ## Writing your OKRs

            Your OKRs for a cycle live in `content/okrs/<cycle>/people/<your-id>.md` (a team's in
            `teams/<team-id>.md`, the company's in `company.md`). Copy a neighbour's file and edit:

            ```yaml
            ---
            objectives:
              - title: Make onboarding effortless          # where you want to be; a stretch
                aligns: [teams/product/O1]                  # what it contributes to
                confidence: 7                               # 1–10
                key_results:
                  - title: Self-serve sign-ups grow from 10 to 40
                    start: 10
                    target: 40
                    checkins:                               # add one every week
                      - {date: 2026-10-07, value: 18, confidence: 7, note: "Launched the new form"}
            ---
            Context and plan in Markdown. At the end of the cycle add a "## Retrospective".
            ```

            Key results can also be milestones (`done: true`) or set by hand (`progress: 0.4`).
            A target below the start means lower is better. Align to a key result with
            `teams/product/O1/KR2`.

            ## Before you push

            Run `bash ci.sh`: it reports every problem as `file:line:column`, including writing
            hints (too many objectives, key results that are tasks, missing check-ins …), and builds
            the portal into `public/`; open `public/index.html` to see it. Errors fail the build;
            set `OKR_STRICT=1` (in CI too) to make hints fail it as well.

            People and teams are listed in `content/org/`; site settings and cycles in
            `content/portal.yaml`.

            """,
        ]
    }

    /// Writes the skeleton into `directory`, which must be missing or empty.
    public static func write(to directory: URL, today: Day) throws -> [String] {
        let fileManager = FileManager.default
        if let entries = try? fileManager.contentsOfDirectory(atPath: directory.path), !entries.isEmpty {
            throw Refused(description: "\(directory.path) is not empty; init only writes into a new or empty folder")
        }
        let files = files(today: today)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let file = directory.appendingPathComponent(path)
            try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try? fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("ci.sh").path)
        return files.keys.sorted()
    }
}
