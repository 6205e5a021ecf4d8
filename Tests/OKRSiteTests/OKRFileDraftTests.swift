import Foundation
import OKRModel
import OKRTestSupport
import Testing
@testable import OKRSite

/// `okr-portal new`: an owner's first OKR file for a cycle, listing what it can align to.
/// On the dashboard's small company: Ana and Cy in EMEA under Sales, Bo in Sales, Dee in no
/// team; Sales and the company have objectives in 2026-Q4, EMEA none.
@Suite struct OKRFileDraftTests {
    func folder(_ changes: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(DashboardTests.site.merging(changes) { $1 })
        return folder
    }

    func new(_ owner: String, cycle: String? = nil, in folder: TemporaryFolder) async throws(OKRFileDraft.Refused) -> String {
        try await OKRFileDraft.write(
            owner: Owner(path: owner)!, cycle: cycle, contentFolder: folder.url.appendingPathComponent("content"), displayPrefix: "content",
            templatesDirectory: nil, today: demoDate)
    }

    @Test func startsAPersonsFileWithTheObjectivesItCanServe() async throws {
        let folder = try folder()
        #expect(try await new("people/cy", in: folder) == "content/okrs/2026-Q4/people/cy.md", "the current cycle by default")
        let text = try folder.read("content/okrs/2026-Q4/people/cy.md")
        #expect(text.hasPrefix("---\n# OKRs of Cy for 2026-Q4 (2026-10-01 to 2026-12-31), started by `okr-portal new`.\n"))
        #expect(text.contains("# `okr-portal check content/okrs/2026-Q4/people/cy.md` says what is still missing.\n"))
        // EMEA has no objectives: the team above it and the company, nearest first.
        #expect(text.contains("""
            # Objectives yours can serve; put their references in `aligns:`:
            #   teams/sales/O1  Win the region's big accounts  (Sales)
            #   company/O1      Grow revenue to ten  (Counting Co)
            objectives:
              - title: ""
                aligns: []
                key_results:
                  - title: ""
                  - title: ""
            ---

            """))

        // Unedited, it fails the check at each title to write; written, it builds.
        var report = await Site.build(options(folder))
        let errors = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location.path):\($0.location.line) \($0.message)" }
        let titleLines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { $0.element.hasSuffix("title: \"\"") }.map { $0.offset + 1 }
        #expect(titleLines.count == 3)
        #expect(errors == titleLines.map { "content/okrs/2026-Q4/people/cy.md:\($0) title is empty" })
        // The objective left out for its missing title is not counted again as "0 objectives".
        #expect(!report.diagnostics.contains { $0.location.path.hasSuffix("people/cy.md") && $0.severity == .warning }, "\(report.diagnostics)")
        let written = text
            .replacingOccurrences(of: "  - title: \"\"\n    aligns: []", with: "  - title: Sign the two largest EMEA accounts\n    aligns: [teams/sales/O1]")
            .replacingOccurrences(of: "      - title: \"\"\n      - title: \"\"", with: "      - {title: Accounts signed reach 2, start: 0, target: 2}\n      - {title: Contract value reaches 3 M EUR, start: 0, target: 3}")
        try folder.write(["content/okrs/2026-Q4/people/cy.md": written])
        report = await Site.build(options(folder))
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(try folder.read("public/people/cy/index.html").contains("Sign the two largest EMEA accounts"))
    }

    /// A key result of another's OKRs that names the person as its owner is what they answer
    /// for: it comes first, said to be theirs.
    @Test func aKeyResultThePersonOwnsComesFirst() async throws {
        let sales = try #require(DashboardTests.site["content/okrs/2026-Q4/teams/sales.md"])
        let folder = try folder(["content/okrs/2026-Q4/teams/sales.md": sales.replacingOccurrences(of: "current: 3}", with: "current: 3, owner: people/cy}")])
        _ = try await new("people/cy", in: folder)
        #expect(try folder.read("content/okrs/2026-Q4/people/cy.md").contains("""
            #   teams/sales/O1/KR1  Accounts reach 5  (Sales; a key result you own)
            #   teams/sales/O1      Win the region's big accounts  (Sales)
            """))
    }

    @Test func leavesConfidentialObjectivesOut() async throws {
        let folder = try folder([
            "content/okrs/2026-Q4/company.md": "---\nobjectives:\n  - title: Buy a rival quietly\n    confidential: true\n    key_results:\n      - {title: Deal signed by December 1, done: false}\n  - title: Grow revenue to ten\n    key_results:\n      - {title: Revenue reaches 10, start: 0, target: 10, current: 4}\n---\n",
        ])
        _ = try await new("people/cy", in: folder)
        let text = try folder.read("content/okrs/2026-Q4/people/cy.md")
        #expect(text.contains("#   company/O2      Grow revenue to ten  (Counting Co)\n") && !text.contains("rival"), "\(text)")
    }

    @Test func aTeamServesTheTeamsAboveAndTheCompanyTheYearAround() async throws {
        let folder = try folder([
            "content/portal.yaml": """
            title: Counting Co
            languages: [zh, en]
            cycles:
              - {id: "2026", start: 2026-01-01, end: 2026-12-31}
              - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
              - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}
            """,
            "content/okrs/2026/company.md": "---\nobjectives:\n  - title: {en: Become profitable, zh: 实现盈利}\n    key_results:\n      - {title: Margin reaches 5%, start: 0, target: 5}\n---\n",
        ])
        _ = try await new("teams/emea", in: folder)
        let team = try folder.read("content/okrs/2026-Q4/teams/emea.md")
        #expect(team.contains("# 你的目标可以支撑下面这些目标，把引用写进 `aligns:`：\n#   teams/sales/O1   Win the region's big accounts  (Sales)\n#   company/O1       Grow revenue to ten  (Counting Co)\n#   2026:company/O1  实现盈利  (Counting Co)\n"), "in the portal's first language, the year's with its cycle: \(team)")
        #expect(team.hasPrefix("---\n# EMEA 的 2026-Q4 OKR（2026-10-01 至 2026-12-31），由 `okr-portal new` 生成。\n"))

        // The company's file has nothing above it but the year around its quarter.
        _ = try await new("company", cycle: "2026-Q3", in: folder)
        let company = try folder.read("content/okrs/2026-Q3/company.md")
        #expect(company.contains("：\n#   2026:company/O1  实现盈利  (Counting Co)\nobjectives:\n"), "\(company)")
    }

    @Test func refusesWhatItCannotWriteAndSaysWhy() async throws {
        let folder = try folder()
        let before = try allFiles(in: folder.url)
        func refusal(_ owner: String, cycle: String? = nil) async -> String {
            do {
                _ = try await new(owner, cycle: cycle, in: folder)
                return "written"
            } catch {
                return error.description
            }
        }
        #expect(await refusal("people/ana") == "content/okrs/2026-Q4/people/ana.md already exists; edit it (okr-portal checkin adds progress to it)")
        #expect(await refusal("people/anna") == "no person 'anna'; did you mean 'people/ana'?")
        #expect(await refusal("teams/emae") == "no team 'emae'; did you mean 'teams/emea'?")
        #expect(await refusal("people/cy", cycle: "2026-Q5") == "no cycle '2026-Q5' in portal.yaml: 2026-Q3, 2026-Q4; add it first: okr-portal cycle add 2026-Q5")
        #expect(try allFiles(in: folder.url) == before, "nothing written")
    }

    @Test func namesAndTitlesStayOnTheirCommentLine() {
        let cycle = Cycle(id: "q", name: "Q", start: Day(iso: "2026-10-01")!, end: Day(iso: "2026-12-31")!, location: SourceLocation(path: "p", line: 1, column: 1))
        let text = OKRFileDraft.text(
            owner: .person("x"), ownerName: "Evil\nobjectives: [pwned]", cycle: cycle,
            targets: [OKRFileDraft.Target(reference: "company/O1", title: "Line one\r\nkey: value", ownerName: "Co\u{2028}x")],
            path: "p", language: "en")
        #expect(text.contains("# OKRs of Evil objectives: [pwned] for Q"))
        #expect(text.contains("#   company/O1  Line one  key: value  (Co x)\n"))
        #expect(!text.contains("\nobjectives: [pwned]"))
    }
}
