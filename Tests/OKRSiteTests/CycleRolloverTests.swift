import Foundation
import OKRTestSupport
import Testing
import OKRLoader
import OKRModel
@testable import OKRSite

@Suite struct CycleAddTests {
    let day = { (text: String) in Day(iso: text)! }

    @Test func addsAfterTheLastCycleKeepingEveryOtherLine() throws {
        let text = """
        # Site settings: keep this comment.
        title: Ours
        cycles:
          # quarters of 2026
          - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
          - id: 2026-Q4
            name: "Q4 '26"   # a block item over several lines

        # what follows the list stays below it
        hints: {stale_days: 14}
        """
        let updated = try CycleRollover.addingCycle(id: "2027-Q1", start: day("2027-01-01"), end: day("2027-03-31"), to: text)
        #expect(updated == """
        # Site settings: keep this comment.
        title: Ours
        cycles:
          # quarters of 2026
          - {id: 2026-Q3, start: 2026-07-01, end: 2026-09-30}
          - id: 2026-Q4
            name: "Q4 '26"   # a block item over several lines
          - {id: "2027-Q1", start: 2027-01-01, end: 2027-03-31}

        # what follows the list stays below it
        hints: {stale_days: 14}
        """)
    }

    /// A portal.yaml written on Windows ("\r\n") crashed `cycle add`: in Swift "\r\n" is one
    /// Character, so the file read as one line. Its line ends are kept.
    @Test func keepsWindowsLineEnds() throws {
        let text = "title: T\r\ncycles:\r\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\r\nhints: {}\r\n"
        let updated = try CycleRollover.addingCycle(id: "2027-Q1", start: day("2027-01-01"), end: day("2027-03-31"), to: text)
        #expect(updated == text.replacingOccurrences(
            of: "hints:", with: "  - {id: \"2027-Q1\", start: 2027-01-01, end: 2027-03-31}\r\nhints:"))
    }

    @Test func refusesWhatItCannotDoCleanly() throws {
        let list = "cycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n"
        #expect(throws: CycleRollover.Refused.self) {
            try CycleRollover.addingCycle(id: "2026-q4", start: day("2027-01-01"), end: day("2027-03-31"), to: list)
        }
        #expect(throws: CycleRollover.Refused.self) {
            try CycleRollover.addingCycle(id: "2027-Q1", start: day("2027-03-31"), end: day("2027-01-01"), to: list)
        }
        #expect(throws: CycleRollover.Refused.self) {
            try CycleRollover.addingCycle(id: "../x", start: day("2027-01-01"), end: day("2027-03-31"), to: list)
        }
        #expect(throws: CycleRollover.Refused.self) {
            try CycleRollover.addingCycle(id: "2027-Q1", start: day("2027-01-01"), end: day("2027-03-31"), to: "cycles: [{id: a, start: 2026-01-01, end: 2026-02-01}]\n")
        }
        // No list yet: one is started.
        let started = try CycleRollover.addingCycle(id: "2027", start: day("2027-01-01"), end: day("2027-12-31"), name: "FY2027", to: "title: T\n")
        #expect(started == "title: T\ncycles:\n  - {id: \"2027\", name: \"FY2027\", start: 2027-01-01, end: 2027-12-31}\n")
    }
}

@Suite struct CycleCarryTests {
    static let site: [String: String] = [
        "content/portal.yaml": "title: T\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n",
        "content/org/people.yaml": "- {id: ana, name: Ana}\n- {id: bo, name: Bo}\n",
        "content/okrs/2026-Q4/people/ana.md": """
        ---
        objectives:
          - title: {en: Grow "partner" sales, zh: 增长}
            type: committed
            key_results:
              - {title: Deals from 4 to 10, start: 4, target: 10, current: 7, unit: deals}
              - {title: Launch the portal, done: true}
              - {title: Training done, progress: 0.5, owner: people/bo}
          - title: Finished one
            key_results:
              - {title: K from 0 to 1, start: 0, target: 1, current: 1}
        ---
        """,
        "content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: All done\n    key_results:\n      - {title: K, done: true}\n---\n",
    ]

    func load(_ folder: TemporaryFolder) async -> (PortalContent, [Diagnostic]) {
        await ContentLoader.load(from: .directory(folder.url.appendingPathComponent("content")), displayPrefix: "content")
    }

    @Test func carriesUnfinishedObjectivesAndTheyLoad() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        let portalYAML = try folder.read("content/portal.yaml")
        try folder.write(["content/portal.yaml": try CycleRollover.addingCycle(id: "2027-Q1", start: Day(iso: "2027-01-01")!, end: Day(iso: "2027-03-31")!, to: portalYAML)])
        let (content, before) = await load(folder)
        #expect(before.filter { $0.severity == .error }.isEmpty, "\(before)")
        let files = CycleRollover.carriedFiles(from: "2026-Q4", to: "2027-Q1", content: content)
        // Bo finished everything: no file for him. Ana's finished objective stays behind, and
        // so do her finished key results.
        #expect(files.map(\.path) == ["okrs/2027-Q1/people/ana.md"])
        let text = try #require(files.first).text
        #expect(text.contains(#"title: {en: "Grow \"partner\" sales", zh: "增长"}"#))
        #expect(text.contains(#"carried_from: "2026-Q4:people/ana/O1""#))
        #expect(text.contains("type: committed"))
        #expect(text.contains("start: 7\n        target: 10\n        unit: \"deals\""), "starts where it stood")
        #expect(text.contains("progress: 0") && !text.contains("Launch the portal") && !text.contains("Finished one"))

        let (written, refused) = try CycleRollover.write(files, into: folder.url.appendingPathComponent("content"))
        #expect(written.count == 1 && refused.isEmpty)
        let (carried, after) = await load(folder)
        #expect(after.filter { $0.severity == .error }.isEmpty, "\(after)")
        let set = try #require(carried.okrSets.first { $0.cycle == "2027-Q1" })
        #expect(set.objectives.first?.carriedFrom?.text == "2026-Q4:people/ana/O1")
        #expect(set.objectives.first?.keyResults.first?.progress == 0, "progress starts again")
        #expect(set.objectives.first?.keyResults.last?.owner == "bo", "a key result's owner is carried as a reference that reads")

        // Never overwritten: a second carry, or an owner who already wrote the next file.
        try folder.write(["content/okrs/2027-Q1/people/ana.md": "mine"])
        let again = try CycleRollover.write(files, into: folder.url.appendingPathComponent("content"))
        #expect(again.written.isEmpty && again.refused == ["okrs/2027-Q1/people/ana.md"])
        #expect(try folder.read("content/okrs/2027-Q1/people/ana.md") == "mine")
        // Nor beside a file of another extension the loader reads: two would define Ana's OKRs twice.
        for written in ["yaml", "yml"] {
            try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/okrs/2027-Q1/people"))
            try folder.write(["content/okrs/2027-Q1/people/ana.\(written)": "objectives: []\n"])
            let beside = try CycleRollover.write(files, into: folder.url.appendingPathComponent("content"))
            #expect(beside.written.isEmpty && !folder.exists("content/okrs/2027-Q1/people/ana.md"), "\(written)")
        }
    }

    @Test func aConfidentialObjectiveStaysConfidential() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site.merging([
            "content/okrs/2026-Q4/people/bo.md": "---\nobjectives:\n  - title: Buy a rival quietly\n    confidential: true\n    key_results:\n      - {title: Deal signed by December 1, done: false}\n---\n",
        ]) { $1 })
        let (content, _) = await load(folder)
        let file = try #require(CycleRollover.carriedFiles(from: "2026-Q4", to: "2027-Q1", owner: .person("bo"), content: content).first)
        #expect(file.text.contains("  - title: \"Buy a rival quietly\"\n    carried_from: \"2026-Q4:people/bo/O1\"\n    confidential: true\n"), "\(file.text)")
    }

    @Test func onlyTheOwnerAsked() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.site)
        let (content, _) = await load(folder)
        #expect(CycleRollover.carriedFiles(from: "2026-Q4", to: "2027-Q1", owner: .person("bo"), content: content).isEmpty)
        #expect(CycleRollover.carriedFiles(from: "2026-Q4", to: "2027-Q1", owner: .person("ana"), content: content).count == 1)
    }

    /// carried_from names a cycle; one that resolves links the pages to the old objective.
    @Test func carriedFromIsCheckedAndShown() async throws {
        let folder = try TemporaryFolder()
        var site = Self.site
        site["content/portal.yaml"] = "title: T\ncycles:\n  - {id: 2026-Q4, start: 2026-10-01, end: 2026-12-31}\n  - {id: 2027-Q1, start: 2027-01-01, end: 2027-03-31}\n"
        site["content/okrs/2027-Q1/people/bo.md"] = "---\nobjectives:\n  - {title: Next, carried_from: 2026-Q4:people/ana/O1, key_results: [{title: K, progress: 0}]}\n  - {title: Bad, carried_from: people/ana/O1, key_results: [{title: K, progress: 0}]}\n---\n"
        try folder.write(site)
        let (_, diagnostics) = await load(folder)
        #expect(diagnostics.filter { $0.severity == .error }.map(\.rule) == [.invalidReference])
        site["content/okrs/2027-Q1/people/bo.md"] = "---\nobjectives:\n  - {title: Next, carried_from: 2026-Q4:people/ana/O1, key_results: [{title: K, progress: 0}]}\n---\n"
        try folder.write(site)
        #expect(await Site.build(BuildOptions(
            contentDirectory: folder.url.appendingPathComponent("content"), outputDirectory: folder.url.appendingPathComponent("public"),
            buildDate: Day(iso: "2027-01-10")!)).succeeded)
        let page = try folder.read("public/people/bo/index.html")
        #expect(page.contains(#"<p class="carried"><span class="line-label">Carried from</span> <a href="../../people/ana/2026-Q4/#O1""#))
    }
}
