import Foundation
import OKRTestSupport
import Testing
import OKRModel
@testable import OKRSite

/// `check --fix`: the mends the messages name, written into the files, nothing else touched.
@Suite struct SourceFixesTests {
    static let broken = """
        ---
        objectives:
          - title: Grow the partner channel in Spain
            type: commited
            aligns: company/O1, company/O1/KR1
            confidence: 7
            key_results:
              - titel: Partner deals grow from 4 to 10
                start: 4
                target: 10
                checkins:
                  - {date: 2026-10-05T09:00, value: 5, confidence: 7}
                  - {date: "2026/10/12", value: 6}
              - title: Partner onboarding guide published by November 30
                progress: 50%
                score: 70 %
                hints: {ignore: [task-key-reslt]}
        ---

        """

    static let mended = """
        ---
        objectives:
          - title: Grow the partner channel in Spain
            type: committed
            aligns: [company/O1, company/O1/KR1]
            confidence: 7
            key_results:
              - title: Partner deals grow from 4 to 10
                start: 4
                target: 10
                checkins:
                  - {date: 2026-10-05, value: 5, confidence: 7}
                  - {date: 2026-10-12, value: 6}
              - title: Partner onboarding guide published by November 30
                progress: 0.5
                score: 0.7
                hints: {ignore: [task-key-result]}
        ---

        """

    func checkAndFix(_ folder: TemporaryFolder) async -> (SourceFixes.Outcome, BuildReport) {
        let found = await Site.check(options(folder))
        let outcome = SourceFixes.apply(found.diagnostics, contentFolder: folder.url.appendingPathComponent("content"))
        return (outcome, await Site.check(options(folder)))
    }

    @Test func writesEachMendTheMessagesName() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": Self.broken]) { $1 })
        let (outcome, after) = await checkAndFix(folder)
        #expect(outcome == SourceFixes.Outcome(fixed: 8, files: ["content/okrs/2026-Q4/people/ana.md"]))
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md") == Self.mended)
        #expect(!after.diagnostics.contains { $0.severity == .error }, "\(after.diagnostics)")
    }

    @Test func aReferenceWithItsKindMisspelt() async throws {
        let folder = try TemporaryFolder()
        let text = "---\nobjectives:\n  - title: Help grow\n    aligns: [companies/O1/KR1]\n    key_results:\n      - {title: Deals, done: true}\n---\n"
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": text]) { $1 })
        let (outcome, after) = await checkAndFix(folder)
        #expect(outcome.fixed == 1 && !after.diagnostics.contains { $0.severity == .error }, "\(after.diagnostics)")
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md").contains("    aligns: [company/O1/KR1]\n"))
    }

    /// Only a person owns a key result: a bare id or another word for people means one.
    @Test func aKeyResultOwnerWrittenWithoutPeople() async throws {
        let folder = try TemporaryFolder()
        let text = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: Deals, done: true, owner: Bo}\n      - {title: Calls, done: true, owner: person/bo}\n      - {title: Visits, done: true, owner: teams/sales}\n---\n"
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": text]) { $1 })
        let found = await Site.check(options(folder))
        #expect(found.diagnostics.filter { $0.rule == .invalidReference }.map(\.message) == [
            "owner must be written people/<person-id>, found 'Bo'; write people/bo",
            "owner must be written people/<person-id>, found 'person/bo'; write people/bo",
            "owner must be written people/<person-id>, found 'teams/sales'",
        ])
        let (outcome, _) = await checkAndFix(folder)
        #expect(outcome.fixed == 2)
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md").contains("owner: people/bo}\n      - {title: Calls, done: true, owner: people/bo}\n      - {title: Visits, done: true, owner: teams/sales}"))
    }

    /// The brackets first, then each reference's kind, in a second round.
    @Test func mendsInRounds() async throws {
        let folder = try TemporaryFolder()
        let text = "---\nobjectives:\n  - title: Help grow\n    aligns: companies/O1, companies/O1/KR1\n    key_results:\n      - {title: Deals, done: true}\n---\n"
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": text]) { $1 })
        let (outcome, report) = await SourceFixes.checkAndMend(options(folder))
        #expect(outcome == SourceFixes.Outcome(fixed: 3, files: ["content/okrs/2026-Q4/people/ana.md"]))
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md").contains("    aligns: [company/O1, company/O1/KR1]\n"))
        #expect(!report.diagnostics.contains { $0.severity == .error }, "\(report.diagnostics)")
    }

    /// YAML that does not parse, where the message says what to write: a value with ": " or
    /// starting with "@" put in quotes, a comma missing between two fields of a {…} mapping.
    /// The file stops parsing at the first; each round mends one.
    @Test func yamlThatDoesNotParse() async throws {
        let folder = try TemporaryFolder()
        let text = """
            ---
            objectives:
              - title: Launch: phase 2 in Spain
                key_results:
                  - title: Merchants live grow from 0 to 40
                    start: 0
                    target: 40
                    checkins:
                      - {date: 2026-10-05 value: 5, note: ok}
                      - {date: 2026-10-12, value: 9, note: @bo helped}
            ---

            """
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": text]) { $1 })
        let (outcome, report) = await SourceFixes.checkAndMend(options(folder))
        #expect(outcome.fixed == 3, "\(report.diagnostics)")
        let mended = try folder.read("content/okrs/2026-Q4/people/ana.md")
        #expect(mended.contains("  - title: \"Launch: phase 2 in Spain\"\n"))
        #expect(mended.contains("      - {date: 2026-10-05, value: 5, note: ok}\n"))
        #expect(mended.contains("      - {date: 2026-10-12, value: 9, note: \"@bo helped\"}\n"))
        #expect(!report.diagnostics.contains { $0.severity == .error }, "\(report.diagnostics)")
    }

    @Test func keepsWindowsLineEnds() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": Self.broken.replacingOccurrences(of: "\n", with: "\r\n")]) { $1 })
        _ = await checkAndFix(folder)
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md") == Self.mended.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func settingsAndOrgListsToo() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging([
            "content/portal.yaml": smallSite["content/portal.yaml"]!.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, cn]"),
            "content/org/people.yaml": "- {id: ana, name: Ana, team: emea, employment: fulltime}\n- {id: Bo, name: Bo, team: sales}\n",
        ]) { $1 })
        let (outcome, _) = await checkAndFix(folder)
        #expect(outcome.fixed == 3)
        #expect(try folder.read("content/org/people.yaml").hasSuffix("- {id: bo, name: Bo, team: sales}\n"))
        #expect(try folder.read("content/portal.yaml").contains("languages: [en, zh]\n"))
        #expect(try folder.read("content/org/people.yaml").hasPrefix("- {id: ana, name: Ana, team: emea, employment: full-time}\n"))
    }

    /// No mend where it would make a new mistake or is not certain: the key meant is already
    /// there, the language meant is listed, a list item holds the commas.
    @Test func leavesWhatItCannotMendCertainly() async throws {
        let folder = try TemporaryFolder()
        let text = """
            ---
            objectives:
              - title: Grow the partner channel in Spain
                aligns:
                  - company/O1, company/O1/KR1
                key_results:
                  - {title: Deals grow from 4 to 10, titel: again, start: 4, target: 10}
            ---

            """
        try folder.write(smallSite.merging([
            "content/okrs/2026-Q4/people/ana.md": text,
            "content/portal.yaml": smallSite["content/portal.yaml"]!.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, zh, cn]"),
        ]) { $1 })
        let (outcome, after) = await checkAndFix(folder)
        #expect(outcome.fixed == 0 && after.diagnostics.filter { $0.severity == .error }.count == 3, "\(after.diagnostics)")
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md") == text)
    }

    /// A file changed between the check and the mend is left alone where its text moved.
    @Test func writesOnlyWhereTheTextIsStillThere() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite.merging(["content/okrs/2026-Q4/people/ana.md": Self.broken]) { $1 })
        let found = await Site.check(options(folder))
        let edited = Self.broken.replacingOccurrences(of: "    type: commited\n", with: "    type:   commited\n")
        try folder.write(["content/okrs/2026-Q4/people/ana.md": edited])
        let outcome = SourceFixes.apply(found.diagnostics, contentFolder: folder.url.appendingPathComponent("content"))
        #expect(outcome.fixed == 7)
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md").contains("    type:   commited\n"))
    }
}
