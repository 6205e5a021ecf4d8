import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// The dashboard counts coverage, alignment and check-ins per team (sub-teams included) and
/// lists whom to follow up. The site is small enough to count by hand; the build date is
/// 2026-11-20 and check-ins count as recent for 14 days.
@Suite struct DashboardTests {
    static let site: [String: String] = [
        "content/portal.yaml": """
        title: Counting Co
        languages: [en, zh]
        cycles:
          - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
          - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
        """,
        "content/company.md": "---\nname: Counting Co\n---\n",
        "content/org/teams.yaml": "- {id: sales, name: Sales}\n- {id: emea, name: EMEA, parent: sales}\n- {id: ops, name: Ops}\n",
        "content/org/people.yaml": """
        - {id: ana, name: Ana, team: emea}
        - {id: bo, name: Bo, team: sales}
        - {id: cy, name: Cy, team: emea}
        - {id: dee, name: Dee}
        """,
        "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: Grow revenue to ten\n    key_results:\n      - {title: Revenue reaches 10, start: 0, target: 10, current: 4}\n---\n",
        "content/okrs/2026-Q4/teams/sales.md": """
        ---
        objectives:
          - title: Win the region's big accounts
            aligns: [company/O1]
            confidence: 8
            key_results:
              - {title: Accounts reach 5, start: 0, target: 5, current: 3}
        ---
        """,
        // Ana checked in five days ago; Bo last checked in in early October, so Bo is quiet.
        "content/okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: Close the three largest deals
            aligns: [teams/sales/O1]
            key_results:
              - title: Deals closed reach 3
                start: 0
                target: 3
                checkins:
                  - {date: 2026-11-15, value: 2, confidence: 9}
        ---
        """,
        "content/okrs/2026-Q4/people/bo.md": """
        ---
        objectives:
          - title: Build a partner channel in the south
            key_results:
              - title: Partners signed reach 4
                start: 0
                target: 4
                checkins:
                  - {date: 2026-10-01, value: 0, confidence: 4}
        ---
        """,
        "content/okrs/2026-Q3/people/ana.md": "---\nobjectives:\n  - title: Sign the first EMEA customer\n    key_results:\n      - {title: Contract signed, done: true, score: 1}\n---\n",
        "content/okrs/2026-Q3/teams/sales.md": """
        ---
        objectives:
          - title: Open the EMEA office
            key_results:
              - {title: Office open, done: true, score: 0.9}
          - title: Hire the first team
            key_results:
              - {title: Hires reach 3, start: 0, target: 3, current: 2}
        ---
        ## Retrospective
        The office opened; hiring was slower.
        """,
    ]

    /// The text of the table row whose header cell links to `name`, tags removed.
    func row(_ page: String, team name: String) throws -> String {
        let start = try #require(page.firstRange(of: ">\(name)</a></th>"), "no row for \(name)")
        let end = try #require(page[start.upperBound...].firstRange(of: "</tr>"))
        return page[start.upperBound..<end.lowerBound].split(separator: /<[^>]+>/)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: "|")
    }

    /// The site with `changes` (a nil text removes the file), built; the build must pass.
    static func build(_ changes: [String: String?] = [:]) async throws -> TemporaryFolder {
        var files = site
        for (path, text) in changes { files[path] = text }
        let folder = try TemporaryFolder()
        try folder.write(files)
        let report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics)")
        return folder
    }

    func build(_ changes: [String: String?] = [:]) async throws -> TemporaryFolder {
        try await Self.build(changes)
    }

    @Test func countsTheRunningCyclePerTeamWithSubTeams() async throws {
        let folder = try await build()
        let page = try folder.read("public/dashboard/index.html")
        #expect(page.contains("<h1>Dashboard · 2026-Q4</h1>"), "the landing page shows the current cycle")
        // Two of four people have OKRs. Of the three team and personal objectives, Bo's aligns
        // to nothing. Bo has made no progress half-way through the cycle: at risk.
        #expect(page.contains("<dt>People with OKRs</dt><dd>2 / 4 <span class=\"figure-share\">50%</span>"))
        #expect(page.contains("<dt>Aligned objectives</dt><dd>2 / 3 <span class=\"figure-share\">67%</span>"))
        #expect(page.contains("<dt>Checked in, last 14 days</dt><dd>1 / 2 <span class=\"figure-share\">50%</span>"))
        #expect(page.contains("<dt>Teams with their own OKRs</dt><dd>1 / 3 <span class=\"figure-share\">33%</span>"))
        // Sales counts EMEA's people and objectives too: people, coverage, objectives, aligned,
        // checked in, at risk, own OKRs.
        #expect(try row(page, team: "Sales") == "3|67%|2 / 3|3|67%|50%|1|Yes")
        #expect(try row(page, team: "EMEA") == "2|50%|1 / 2|1|100%|100%|0|No")
        #expect(try row(page, team: "Ops") == "0|–|0|–|–|0|No", "nothing to count is a dash, not 0%")
        #expect(page.contains("<dt>At risk</dt><dd>1 <span class=\"figure-share\">25%</span>"))
        #expect(page.contains("class=\"depth-1\"><a href=\"../teams/emea/\">EMEA</a>"), "sub-teams are indented")
    }

    @Test func listsWhomToFollowUp() async throws {
        let folder = try await build()
        let page = try folder.read("public/dashboard/index.html")
        #expect(page.contains("People without OKRs (2)"))
        let without = try #require(page.firstRange(of: "id=\"without-team-emea\"").map { String(page[$0.lowerBound...].prefix(400)) })
        #expect(without.contains("<a href=\"../people/cy/\">Cy</a>"))
        #expect(!without.contains("Ana"))
        #expect(page.contains("id=\"without-no-team\""), "people without a team are listed too")
        #expect(!page.contains("id=\"without-team-sales\""), "Bo has OKRs")
        #expect(page.contains("People with no check-in for over 14 days (1)"))
        #expect(page.contains("<a href=\"../people/bo/\">Bo</a> <span class=\"member-note\">last check-in 2026-10-01</span>"))
    }

    @Test func anEndedCycleCountsScoresAndRetrospectivesNotCheckIns() async throws {
        let folder = try await build()
        let page = try folder.read("public/dashboard/2026-Q3/index.html")
        #expect(page.contains("<dt>Scored objectives</dt><dd>2 / 3 <span class=\"figure-share\">67%</span>"))
        #expect(page.contains("<dt>OKR sets with a retrospective</dt><dd>1 / 2 <span class=\"figure-share\">50%</span>"))
        #expect(!page.contains("Checked in"))
        #expect(!page.contains("no check-in for over"), "nobody is chased for check-ins once a cycle ended")
        #expect(page.contains("People without OKRs (3)"))
        #expect(page.contains("id=\"without-team-emea\""))
        // Two objectives done, one closed short of its target.
        let status = try #require(page.firstRange(of: "id=\"by-status\"").map { String(page[$0.lowerBound...].prefix(800)) })
        #expect(status.contains("<th scope=\"row\">Done</th><td>2</td>"))
        #expect(status.contains("<th scope=\"row\">Closed</th><td>1</td>"))
        #expect(!status.contains("On track"))
    }

    /// Once a cycle has ended, the follow-up is the review: who has objectives without a score
    /// or no retrospective, by team, and the same in the spreadsheet. While a cycle runs there
    /// is no such list.
    @Test func anEndedCycleListsWhoIsYetToScoreOrReview() async throws {
        // Ana scored her one objective but wrote no retrospective; Bo wrote one and scored one
        // objective of two; Cy did both.
        let folder = try await build([
            "content/okrs/2026-Q3/people/bo.md": """
            ---
            objectives:
              - title: Open the partner channel
                key_results:
                  - {title: Partners signed reach 2, start: 0, target: 2, current: 2, score: 1}
              - title: Train the partners
                key_results:
                  - {title: Partners trained reach 2, start: 0, target: 2, current: 1}
            ---
            ## Retrospective
            Signing went faster than training.
            """,
            "content/okrs/2026-Q3/people/cy.md": "---\nobjectives:\n  - title: Learn the product\n    key_results:\n      - {title: Demo given, done: true, score: 0.8}\n---\n## Retrospective\nDone.\n",
        ])
        let page = try folder.read("public/dashboard/2026-Q3/index.html")
        #expect(page.contains("People yet to score or review their OKRs (2)"))
        #expect(page.contains("<a href=\"../../people/ana/2026-Q3/\">Ana</a> <span class=\"member-note\">no retrospective</span>"))
        #expect(page.contains("<a href=\"../../people/bo/2026-Q3/\">Bo</a> <span class=\"member-note\">scored 1 / 2</span>"))
        #expect(!page.contains(">Cy</a> <span class=\"member-note\">"), "Cy has nothing left to review")
        let csv = try folder.read("public/dashboard/2026-Q3/follow-up.csv")
        #expect(csv.hasSuffix("not-scored,bo,Bo,,sales,Sales,,,\r\nno-retrospective,ana,Ana,,emea,EMEA,,,\r\n"), "in the team tree's order: \(csv)")
        let chinese = try folder.read("public/zh/dashboard/2026-Q3/index.html")
        #expect(chinese.contains("尚未评分或复盘的人 (2)") && chinese.contains("已评分 1 / 2"))

        let running = try folder.read("public/dashboard/index.html")
        #expect(!running.contains("yet to score"), "a running cycle is not reviewed yet")
    }

    /// A manager's page lists their direct reports with where each one's OKRs of the cycle
    /// stand, so a lead follows their own people from one place.
    @Test func aManagersPageSaysWhereEachReportStands() async throws {
        let folder = try await build(["content/org/people.yaml": """
            - {id: ana, name: Ana, team: emea, manager: dee}
            - {id: bo, name: Bo, team: sales, manager: dee}
            - {id: cy, name: Cy, team: emea, manager: ana}
            - {id: dee, name: Dee}
            """])
        let page = try folder.read("public/people/dee/index.html")
        let reports = try #require(page.firstMatch(of: #/(?s)<section class="reports".*?</section>/#)).output
        #expect(reports.contains(#"<li><a href="../../people/ana/">Ana</a> <span class="progress band-fair"><progress max="100" value="67"></progress> 67%</span> <span class="member-note">last check-in 2026-11-15</span></li>"#), "\(reports)")
        #expect(reports.contains(#"<a href="../../people/bo/">Bo</a> <span class="progress band-poor"><progress max="100" value="0"></progress> 0%</span> <span class="member-note">last check-in 2026-10-01</span>"#))
        #expect(!reports.contains("Cy"), "Cy reports to Ana")
        #expect(try folder.read("public/people/ana/index.html").contains(#"<a href="../../people/cy/">Cy</a> <span class="member-note">no OKRs this cycle</span>"#))
        // Ana's page of the ended quarter: a report without a page of that quarter is linked
        // to their own page, not to one that does not exist.
        let past = try folder.read("public/people/ana/2026-Q3/index.html")
        #expect(past.contains(#"<a href="../../../people/cy/">Cy</a> <span class="member-note">no OKRs this cycle</span>"#), "\(past)")
        #expect(try brokenLinks(in: folder.url.appendingPathComponent("public")).isEmpty)
    }

    /// Quiet means what the stale-check-in hint means: nothing for longer than the limit,
    /// counted from the cycle's start when there was never a check-in, with work still to do,
    /// in a cycle of about a quarter. An annual cycle is followed through its quarters.
    @Test func quietMeansNoCheckInForLongerThanTheLimitWithWorkLeft() async throws {
        var site = Self.site
        site["content/portal.yaml"] = """
            title: Counting Co
            languages: [en, zh]
            cycles:
              - {id: "2026", start: 2026-01-01, end: 2026-12-31}
              - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
              - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
            """
        site["content/org/people.yaml"]! += "\n- {id: eve, name: Eve, team: ops}\n- {id: fay, name: Fay, team: ops}\n- {id: gus, name: Gus, team: ops}\n"
        site["content/okrs/2026-Q4/people/eve.md"] = "---\nobjectives:\n  - title: Cut the backlog to twenty\n    key_results:\n      - {title: Backlog falls to 20, start: 80, target: 20}\n---\n"
        site["content/okrs/2026-Q4/people/fay.md"] = "---\nobjectives:\n  - title: Move the office\n    key_results:\n      - {title: Moved, done: true}\n---\n"
        site["content/okrs/2026/people/eve.md"] = site["content/okrs/2026-Q4/people/eve.md"]
        // Gus's only check-in is dated before the quarter began.
        site["content/okrs/2026-Q4/people/gus.md"] = "---\nobjectives:\n  - title: Halve the queue\n    key_results:\n      - title: Queue falls to 10\n        start: 20\n        target: 10\n        checkins:\n          - {date: 2026-09-20, value: 19}\n---\n"
        let folder = try TemporaryFolder()
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        var page = try folder.read("public/dashboard/index.html")
        #expect(page.contains("People with no check-in for over 14 days (3)"))
        #expect(page.contains("<a href=\"../people/gus/\">Gus</a> <span class=\"member-note\">last check-in 2026-09-20</span>"))
        #expect(page.contains("<a href=\"../people/eve/\">Eve</a> <span class=\"member-note\">no check-in yet</span>"))
        #expect(!page.contains(">Fay</a> <span class=\"member-note\">"), "Fay has nothing left to do")

        let annual = try folder.read("public/dashboard/2026/index.html")
        #expect(!annual.contains("no check-in for over"))
        #expect(!annual.contains("Checked in"), "neither a figure nor a column")

        // Nine days into the quarter nobody is quiet yet, whether or not they checked in, and
        // whenever their last check-in was (Gus's is older than the limit).
        // (Ana's check-in moves into those nine days: one after the build date is an error.)
        try folder.write(["content/okrs/2026-Q4/people/ana.md": site["content/okrs/2026-Q4/people/ana.md"]!.replacingOccurrences(of: "2026-11-15", with: "2026-10-08")])
        var early = options(folder)
        early.buildDate = Day(iso: "2026-10-10")!
        #expect(await Site.build(early).succeeded)
        page = try folder.read("public/dashboard/index.html")
        #expect(page.contains("People with no check-in for over 14 days (0)"))
        #expect(page.contains("Everyone with OKRs has checked in within 14 days."), "the days are said, not the setting")
    }

    /// A cycle with no personal OKRs at all (an annual one planned at company and team level)
    /// would list everyone; it says why it lists nobody instead.
    @Test func aCycleWithoutPersonalOKRsListsNobody() async throws {
        let folder = try TemporaryFolder()
        var site = Self.site
        site["content/okrs/2026-Q3/people/ana.md"] = nil
        try folder.write(site)
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/dashboard/2026-Q3/index.html")
        #expect(page.contains("People without OKRs (4)"))
        #expect(page.contains("Nobody has personal OKRs in this cycle"))
        #expect(!page.contains("id=\"without-"))
    }

    @Test func distributionsCoverEveryObjectiveOfTheCycle() async throws {
        let folder = try await build()
        let page = try folder.read("public/dashboard/index.html")
        let table = { (id: String) throws -> String in
            let start = try #require(page.firstRange(of: "id=\"\(id)\""))
            let end = try #require(page[start.upperBound...].firstRange(of: "</table>"))
            return String(page[start.upperBound..<end.lowerBound])
        }
        // Four objectives: the company's (no confidence), Sales' (8), Ana's (9), Bo's (4).
        let confidence = try table("by-confidence")
        #expect(confidence.contains("Very likely (9–10)</th><td>1</td>"))
        #expect(confidence.contains("Risky but likely (7–8)</th><td>1</td>"))
        #expect(confidence.contains("Hard to reach (1–4)</th><td>1</td>"))
        #expect(confidence.contains("Not rated</th><td>1</td><td><span class=\"progress\"><progress max=\"100\" value=\"25\">25%</progress>"))
        // Progress 40 %, 60 %, 67 % and 0 %.
        let progress = try table("by-progress")
        #expect(progress.contains("0–9%</th><td>1</td>"))
        #expect(progress.contains("40–49%</th><td>1</td>"))
        #expect(progress.contains("60–69%</th><td>2</td>"))
        #expect(progress.contains("100%</th><td>0</td>"))
    }

    /// While a cycle runs, people with a key result past its due date and not reached are
    /// counted among those with OKRs and listed in the follow-up sheet; with no due date in
    /// the cycle the figure is left out.
    @Test func peopleWithAKeyResultPastDue() async throws {
        let plain = try await build()
        #expect(!(try plain.read("public/dashboard/index.html")).contains("past due"))
        let ana = Self.site["content/okrs/2026-Q4/people/ana.md"]!.replacing("        target: 3\n", with: "        target: 3\n        due: 2026-11-10\n")
        let bo = Self.site["content/okrs/2026-Q4/people/bo.md"]!.replacing("        target: 4\n", with: "        target: 4\n        due: 2026-12-10\n")
        let folder = try await build(["content/okrs/2026-Q4/people/ana.md": ana, "content/okrs/2026-Q4/people/bo.md": bo])
        #expect(try folder.read("public/dashboard/index.html").contains("<dt>People with a key result past due</dt><dd>1 / 2 <span class=\"figure-share\">50%</span>"))
        #expect(try folder.read("public/dashboard/2026-Q4/follow-up.csv").hasSuffix("key-result-past-due,ana,Ana,,emea,EMEA,,2026-11-15,\r\n"))
        #expect(try folder.read("public/zh/dashboard/index.html").contains("<dt>有关键结果已逾期的人</dt>"))
        // The page names them by team, each with the key result and its date.
        let list = try #require(try folder.read("public/dashboard/index.html").firstMatch(of: #/(?s)<section class="follow-up" aria-labelledby="dashboard-past-due".*?</section>/#)).output
        #expect(list.contains("<h2 id=\"dashboard-past-due\">People with a key result past due (1)</h2>"))
        #expect(list.contains("<a href=\"../people/ana/#O1-KR1\">Ana</a>") && list.contains("O1/KR1 due 2026-11-10"), "\(list)")
        // By kind of employment, each kind lists its own.
        let kinds = try await build([
            "content/okrs/2026-Q4/people/ana.md": ana, "content/okrs/2026-Q4/people/bo.md": bo,
            "content/org/people.yaml": "- {id: ana, name: Ana, team: emea, employment: contractor}\n- {id: bo, name: Bo, team: sales, employment: full-time}\n",
        ])
        let page = try kinds.read("public/dashboard/index.html")
        let contractors = try #require(page.firstMatch(of: #/(?s)id="employment-contractor".*?</section>/#)).output
        let fullTime = try #require(page.firstMatch(of: #/(?s)id="employment-full-time".*?</section>/#)).output
        #expect(contractors.contains("<h3>People with a key result past due (1)</h3>") && contractors.contains("O1/KR1 due 2026-11-10"))
        #expect(fullTime.contains("<h3>People with a key result past due (0)</h3>\n<p class=\"empty\">Nobody has a key result past due.</p>"))
    }

    /// The same figures as spreadsheets, counted exactly as on the page.
    @Test func spreadsheetsHoldTheRawCounts() async throws {
        let folder = try await build()
        // Byte for byte: Foundation's String(contentsOf:) would drop the byte-order mark.
        let read = { (path: String) throws -> String in
            String(decoding: try Data(contentsOf: folder.url.appendingPathComponent("public/" + path)), as: UTF8.self)
        }
        #expect(try read("dashboard/2026-Q4/teams.csv") == """
            \u{FEFF}team,name,parent,people,people_with_okrs,people_checked_in,objectives,alignable_objectives,aligned_objectives,scored_objectives,at_risk_objectives,team_has_okrs,employment\r
            ,Counting Co,,4,2,1,4,3,2,0,1,,all\r
            ops,Ops,,0,0,0,0,0,0,0,0,no,all\r
            sales,Sales,,3,2,1,3,3,2,0,1,yes,all\r
            emea,EMEA,sales,2,1,1,1,1,1,0,0,no,all\r

            """)
        #expect(try read("dashboard/2026-Q4/follow-up.csv") == """
            \u{FEFF}reason,person,name,email,team,team_name,manager,last_check_in,employment\r
            no-okrs,cy,Cy,,emea,EMEA,,,\r
            no-okrs,dee,Dee,,,,,,\r
            no-recent-check-in,bo,Bo,,sales,Sales,,2026-10-01,\r

            """)
        // Ended: nobody is chased for check-ins.
        #expect(!(try folder.read("public/dashboard/2026-Q3/follow-up.csv")).contains("no-recent-check-in"))
        let page = try folder.read("public/zh/dashboard/index.html")
        #expect(page.contains("<a href=\"../../dashboard/2026-Q4/teams.csv\" type=\"text/csv\" download>teams.csv</a>"), "linked from the site root")
    }

    /// Ana is a contractor, Bo and Cy work full time, Dee's employment is not given.
    @Test func figuresAndListsByKindOfEmployment() async throws {
        let folder = try await build(["content/org/people.yaml": """
            - {id: ana, name: Ana, team: emea, employment: contractor}
            - {id: bo, name: Bo, team: sales, employment: full-time}
            - {id: cy, name: Cy, team: emea, employment: full-time}
            - {id: dee, name: Dee}
            """])
        let read = { (path: String) throws -> String in
            String(decoding: try Data(contentsOf: folder.url.appendingPathComponent("public/" + path)), as: UTF8.self)
        }
        // Each kind counts its people and their own objectives; teams' own OKRs are nobody's.
        let teams = try read("dashboard/2026-Q4/teams.csv")
        #expect(teams.hasSuffix("""
            ,Counting Co,,2,1,0,1,1,0,0,1,,full-time\r
            ops,Ops,,0,0,0,0,0,0,0,0,,full-time\r
            sales,Sales,,2,1,0,1,1,0,0,1,,full-time\r
            emea,EMEA,sales,1,0,0,0,0,0,0,0,,full-time\r
            ,Counting Co,,1,1,1,1,1,1,0,0,,contractor\r
            ops,Ops,,0,0,0,0,0,0,0,0,,contractor\r
            sales,Sales,,1,1,1,1,1,1,0,0,,contractor\r
            emea,EMEA,sales,1,1,1,1,1,1,0,0,,contractor\r

            """))
        #expect(try read("dashboard/2026-Q4/follow-up.csv").contains("no-okrs,cy,Cy,,emea,EMEA,,,full-time\r\nno-okrs,dee,Dee,,,,,,\r\n"))

        let page = try folder.read("public/dashboard/index.html")
        #expect(page.contains("<form class=\"employment-switch\" hidden><label>Figures for <select name=\"employment\"><option value=\"\">Everyone</option><option value=\"full-time\">Full-time</option><option value=\"contractor\">Contractor</option></select></label></form>"))
        let contractors = try #require(page.firstRange(of: "<section class=\"employment-slice\" id=\"employment-contractor\"").map { String(page[$0.lowerBound...]) })
        #expect(contractors.contains("<dt>People with OKRs</dt><dd>1 / 1 <span class=\"figure-share\">100%</span></dd>"))
        #expect(contractors.contains("Everyone has written OKRs for this cycle."))
        #expect(contractors.contains("id=\"contractor-by-status\""))
        #expect(!contractors.contains("Teams with their own OKRs"))
        let fullTime = try #require(page.firstRange(of: "id=\"employment-full-time\"").map { String(page[$0.lowerBound...]) })
        #expect(fullTime.contains("<details class=\"people-group\" id=\"full-time-without-team-emea\"><summary>EMEA (1)</summary>"))
        // Without employment given, or with one kind for everyone, there is nothing to break down.
        let plain = try await build()
        #expect(!(try plain.read("public/dashboard/index.html")).contains("employment-slice"))
    }

    @Test func everyPageLinksToItInBothLanguages() async throws {
        let folder = try await build()
        #expect(try folder.read("public/index.html").contains("<a href=\"./dashboard/\">Dashboard</a>"))
        #expect(try folder.read("public/index.html").contains("<dd><a href=\"./dashboard/\">2 / 4</a> <span class=\"figure-share\">50%</span></dd>"), "the home page's coverage figure leads to the dashboard")
        #expect(try folder.read("public/people/ana/index.html").contains("<a href=\"../../dashboard/\">Dashboard</a>"))
        let chinese = try folder.read("public/zh/dashboard/index.html")
        #expect(chinese.contains("<h1>数据看板 · 2026-Q4</h1>"))
        #expect(chinese.contains("导出表格：<a "), "Chinese labels take the full-width colon")
        #expect(try folder.read("public/dashboard/index.html").contains("For a spreadsheet: <a "))
        #expect(chinese.contains("<a href=\"../people/bo/\">Bo</a> <span class=\"member-note\">最近更新 2026-10-01</span>"))
        #expect(try folder.read("public/404.html").contains("<a href=\"/dashboard/\">Dashboard</a>"))
        // A team's page leads to its row, which counts its sub-teams.
        #expect(try folder.read("public/teams/sales/index.html").contains("<a href=\"../../dashboard/#team-sales\">This team&#39;s coverage on the dashboard</a>"))
        #expect(try folder.read("public/dashboard/index.html").contains("<tr id=\"team-sales\"><th scope=\"row\" class=\"depth-0\"><a href=\"../teams/sales/\">Sales</a>"))
        let broken = try brokenLinks(in: folder.url.appendingPathComponent("public"))
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }
}

/// The dashboard's follow-up lists write to the people they name, with a subject saying why.
@Suite struct DashboardMailTests {
    @Test func eachGroupHasAnEMailLinkToItsPeople() async throws {
        let folder = try TemporaryFolder()
        try folder.write(DashboardTests.site.merging([
            "content/org/people.yaml": """
            - {id: ana, name: Ana, team: emea, email: ana+okrs@example.com}
            - {id: bo, name: Bo, team: sales, email: bo@example.com}
            - {id: cy, name: Cy, team: emea, email: "cy&co@example.com"}
            - {id: dee, name: Dee}
            """,
        ]) { $1 })
        #expect(await Site.build(options(folder)).succeeded)
        let page = try folder.read("public/dashboard/index.html")
        let missing = try #require(page.range(of: #"<details class="people-group" id="without-team-emea">"#).map { String(page[$0.lowerBound...].prefix(800)) })
        #expect(missing.contains(#"<a href="mailto:cy%26co@example.com?subject=Your%20OKRs%20for%202026-Q4">E-mail them (1)</a>"#), "\(missing)")
        // Dee has no address and no team: no link, no empty paragraph.
        let noTeam = try #require(page.range(of: #"id="without-no-team""#).map { String(page[$0.lowerBound...].prefix(300)) })
        #expect(!noTeam.contains("mailto:") && !noTeam.contains("<p></p>"), "\(noTeam)")
        #expect(try folder.read("public/zh/dashboard/index.html").contains("?subject=%E8%AF%B7%E5%A1%AB%E5%86%99%202026-Q4%20%E7%9A%84%20OKR"))
    }
}

