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

    /// VS Code's tasks: Run Build Task checks the OKRs, "Mend the OKRs" runs `check --fix`;
    /// both mark each problem in its file.
    static let vsCodeTasks: String = {
        let pattern = diagnosticPattern.replacingOccurrences(of: "\\", with: "\\\\")
        func task(_ label: String, _ command: String, group: String) -> String {
            """
                {
                  "label": "\(label)",
                  "type": "shell",
                  "command": "\(command)",
                  "group": \(group),
                  "presentation": {"reveal": "silent"},
                  "problemMatcher": {
                    "owner": "okr-portal",
                    "source": "okr-portal",
                    "fileLocation": ["relative", "${workspaceFolder}"],
                    "pattern": {
                      "regexp": "\(pattern)",
                      "file": 1, "line": 2, "column": 3, "severity": 4, "message": 5, "code": 6
                    }
                  }
                }
            """
        }
        return """
            {
              "version": "2.0.0",
              "tasks": [
            \(task("Check the OKRs", "okr-portal check", group: #"{"kind": "build", "isDefault": true}"#)),
            \(task("Mend the OKRs", "okr-portal check --fix", group: #""build""#))
              ]
            }

            """
    }()

    /// A line of `check`'s text output, `path:line:col: error|warning: message [rule]`, as a
    /// regular expression with the groups VS Code's problem matcher reads.
    static let diagnosticPattern = #"^(.+):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9-]+)\]$"#

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
            ".gitignore": "public/\n.public.okr-portal-manifest\n.public.okr-portal-staging/\n.build/\ngl-code-quality-report.json\n",
            // VS Code: Ctrl+Shift+B checks the OKRs and lists each problem at its place in the
            // file, the way it lists a compiler's.
            ".vscode/tasks.json": vsCodeTasks,
            "content/portal.yaml": """
            # Site settings. See README.md for every field.
            title: Our OKRs
            languages: [en, zh]
            cycles:
              - {id: \(cycle.id), start: \(cycle.start), end: \(cycle.end)}
            hints: {max_objectives: 5, max_key_results: 4, min_key_results: 2, stale_days: 14}
            # Where a file is edited on your Git host; each OKR page then links "Edit this file":
            # edit_url: https://github.com/OWNER/REPOSITORY/edit/main/content/

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
            # Checks the OKR files and builds the site into public/, in one pass. Errors fail;
            # writing hints are warnings (annotations on a pull request, a code quality report
            # on a merge request) unless OKR_STRICT=1 makes them fail too. Both CI workflows
            # run this; run it locally before pushing.
            set -euo pipefail
            format=text
            if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; fi
            report=()
            if [ -n "${GITLAB_CI:-}" ]; then report=(--code-quality gl-code-quality-report.json); fi
            okr-portal build ${OKR_STRICT:+--strict} --format "$format" ${report[@]+"${report[@]}"} --output public

            """,
            ".github/workflows/okrs.yml": """
            # Checks and builds every commit and pull request (problems appear as annotations on
            # the lines of the pull request) and publishes main to GitHub Pages.
            #
            # ▶ SETTING: OKR_PORTAL_IMAGE below is the okr-portal container image the build runs
            #   in. Point it at the image your company publishes (see README.md, "CI").
            name: OKRs
            on:
              push:
              pull_request:
            permissions:
              contents: read
              pages: write
              id-token: write
            env:
              OKR_PORTAL_IMAGE: ghcr.io/your-org/okr-portal:latest
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  # The last build's site and its record: a commit that changes no OKR file,
                  # theme file or date builds nothing.
                  - uses: actions/cache@v4
                    with:
                      path: |
                        public
                        .public.okr-portal-manifest
                      key: okr-portal-${{ github.ref_name }}-${{ hashFiles('content/**', 'Templates/**') }}
                      restore-keys: |
                        okr-portal-${{ github.ref_name }}-
                        okr-portal-
                  - name: Check and build
                    run: >-
                      docker run --rm -e GITHUB_ACTIONS -e OKR_STRICT -v "$PWD:/site" -w /site
                      --entrypoint bash "$OKR_PORTAL_IMAGE" ci.sh
                  - uses: actions/upload-pages-artifact@v3
                    if: github.ref == 'refs/heads/main'
                    with:
                      path: public
              # On a pull request: what the change does to the OKRs (objectives added, targets
              # moved, progress, alignment gained or lost), as one comment kept up to date.
              okr-changes:
                if: github.event_name == 'pull_request'
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                  pull-requests: write
                steps:
                  - uses: actions/checkout@v4
                    with:
                      fetch-depth: 0
                  - name: Summarise the OKR changes
                    run: >-
                      docker run --rm -v "$PWD:/site" -w /site
                      -e GIT_CONFIG_COUNT=1 -e GIT_CONFIG_KEY_0=safe.directory -e GIT_CONFIG_VALUE_0=/site
                      "$OKR_PORTAL_IMAGE" diff "origin/${{ github.base_ref }}" HEAD --format markdown > okr-changes.md
                  - name: Comment on the pull request
                    env:
                      GH_TOKEN: ${{ github.token }}
                      PR: ${{ github.event.pull_request.number }}
                    run: >-
                      gh pr comment "$PR" --edit-last --body-file okr-changes.md
                      || gh pr comment "$PR" --body-file okr-changes.md
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
            # Checks and builds every commit; the pages job publishes the default branch with
            # GitLab Pages.
            #
            # ▶ SETTING: the okr-portal container image the jobs run in. Point it at the image
            #   your company publishes (see README.md, "CI").
            image:
              name: registry.example.com/your-org/okr-portal:latest
              entrypoint: [""]
            # The last build's site and its record: a commit that changes no OKR file, theme
            # file or date builds nothing.
            cache:
              key: okr-portal-$CI_COMMIT_REF_SLUG
              paths:
                - public/
                - .public.okr-portal-manifest
            # Each build's problems as a code quality report: a merge request's widget lists
            # those it adds against its target branch's latest report.
            check:
              script:
                - bash ci.sh
              artifacts:
                when: always
                reports:
                  codequality: gl-code-quality-report.json
              rules:
                - if: $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH
            # On a merge request: what the change does to the OKRs, as a note on it. The job
            # token posts it where the instance allows; else set a masked CI/CD variable
            # OKR_NOTES_TOKEN to a project access token with the api scope.
            okr-changes:
              variables:
                GIT_DEPTH: "0"
              script:
                - git fetch --quiet origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
                - okr-portal diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" HEAD --format markdown > okr-changes.md
                - >-
                  if [ -n "${OKR_NOTES_TOKEN:-}" ]; then auth="PRIVATE-TOKEN: $OKR_NOTES_TOKEN"; else auth="JOB-TOKEN: $CI_JOB_TOKEN"; fi;
                  curl --fail --silent --show-error --request POST --header "$auth"
                  --data-urlencode "body@okr-changes.md"
                  "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes"
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            pages:
              script:
                - bash ci.sh
              artifacts:
                paths:
                  - public
                reports:
                  codequality: gl-code-quality-report.json
              rules:
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

            """,
            "README.md": """
            # Our OKRs

            This repository holds the company's OKRs. Every commit is checked, and the main branch
            is published as a web portal where everyone can see who aligns to whom.

            ## Writing your OKRs

            Your OKRs for a cycle live in `content/okrs/<cycle>/people/<your-id>.md` (a team's in
            `teams/<team-id>.md`, the company's in `company.md`). With okr-portal installed,
            `okr-portal new people/<your-id>` starts yours for the current cycle and lists the
            objectives you can align to; otherwise copy a neighbour's file and edit:

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
                      - {date: 2026-10-07, value: 18, confidence: 7, note: "Launched the form with @alex"}
            ---
            Context and plan in Markdown. At the end of the cycle add a "## Retrospective".
            ```

            Key results can also be milestones (`done: true`) or set by hand (`progress: 0.4`).
            A target below the start means lower is better. Align to a key result with
            `teams/product/O1/KR2`. When a target changes, change the title with it and say
            why in the check-in's note: readers see the title, progress counts to `target:`.
            A note can mention a colleague with @ and their id: it links to them, and their page
            lists the check-ins that mention them. `okr-portal checkin people/<your-id> O1/KR1
            --value 18 --note "…"` adds this week's line for you, dated today.

            A team's key result that one person drives takes `owner: people/<their-id>`: their
            page lists it, and `okr-portal new` offers it to them first to align to.

            An objective not yet for everyone (a negotiation, a reorganisation) takes
            `confidential: true`: it is checked like the others, but the portal shows only
            that a confidential objective exists. Anyone who can read this repository can
            still read it.

            ## Before you push

            Run `bash ci.sh`: it reports every problem as `file:line:column`, including writing
            hints (too many objectives, key results that are tasks, missing check-ins …), and builds
            the portal into `public/`; open `public/index.html` to see it. Errors fail the build;
            set `OKR_STRICT=1` (in CI too) to make hints fail it as well. With okr-portal
            installed, `okr-portal check content/okrs/<cycle>/people/<your-id>.md` reports the
            problems of your file alone, and `okr-portal serve` shows the portal as you edit. In
            VS Code, Run Build Task (Ctrl+Shift+B) runs the check and marks each problem in its file;
            the task "Mend the OKRs" (or `okr-portal check --fix`) first writes the fixes that the
            messages name (a misspelt key, `50%` for `0.5`, a date with a time).

            People and teams are listed in `content/org/`; site settings and cycles in
            `content/portal.yaml`.

            ## CI

            Both workflows (`.github/workflows/okrs.yml`, `.gitlab-ci.yml`) run `ci.sh` inside
            the okr-portal container image: no compiler, a build in seconds. Each file has one
            setting at the top, marked ▶ SETTING: the image to use. Your platform team builds it
            once from the okr-portal repository (`docker build -t okr-portal .`) and pushes it
            to your registry; put that name there. The workflows keep the last built site in
            their cache, so a commit that changes nothing builds nothing. On GitLab each build
            also reports its problems as code quality, so a merge request lists the ones it adds.
            GitHub Pages publishes sites of up to 1 GB, GitLab.com's Pages up to 1 GB and
            200,000 files: the build's last line says the site's size, and a note says when it
            passes either (each language in `portal.yaml` is a full copy of the pages; about
            13,000 people with two languages and weekly check-ins reach 1 GB).

            On a pull request (GitHub) or merge request (GitLab) a second job comments with what
            the change does to the OKRs: objectives and key results added, removed or retitled,
            targets moved after the cycle started, progress and confidence moves, alignment
            links gained or lost, writing hints that appear or go. Run it yourself with
            `okr-portal diff origin/main` (your uncommitted edits against main). On GitLab the
            note is posted with the job's token; where your instance does not allow that, set a
            masked CI/CD variable `OKR_NOTES_TOKEN` to a project access token with the `api`
            scope.

            ## At the end of a cycle

            1. Check in a last time and score each key result (`score:` from 0 to 1;
               `okr-portal score people/<you> O1/KR1 0.7` writes it for you).
            2. Add a `## Retrospective` section to your file: the score, what you learnt, what
               comes next.
            3. Add the next cycle and carry what is unfinished into it:

               ```sh
               okr-portal cycle add 2027-Q1
               okr-portal cycle carry 2026-Q4 2027-Q1              # or --owner people/<your-id>
               ```

               `carry` writes a new file for each owner with unfinished objectives, their key
               results starting from where they stand, marked `carried_from:` the old
               objective; it never overwrites a file. Then edit: drop what no longer matters,
               align to the new cycle's objectives, and set new targets.

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
