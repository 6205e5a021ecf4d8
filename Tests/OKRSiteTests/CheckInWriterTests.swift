import Foundation
import OKRModel
import OKRTestSupport
import Testing
@testable import OKRSite

/// `okr-portal checkin` adds a check-in line in the file's own layout, whatever the layout,
/// and leaves every other line alone.
@Suite struct CheckInWriterTests {
    let day = Day(iso: "2026-11-20")!

    func entry(_ date: Day, value: Double? = nil, done: Bool? = nil, confidence: Int? = nil, note: String? = nil) -> CheckIn {
        CheckIn(date: date, value: value, done: done, confidence: confidence, note: note, location: SourceLocation(path: "test", line: 1, column: 1))
    }

    /// Writes `file` as Ana's 2026-Q4 OKRs in the small site, adds `entry` to `keyResult`,
    /// and gives back the file's new text.
    func added(_ entry: CheckIn, to keyResult: String = "O1/KR1", in file: String) async throws -> String {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = file
        try folder.write(site)
        let content = folder.url.appendingPathComponent("content")
        _ = try await CheckInWriter.checkIn(
            entry, owner: .person("ana"), keyResult: keyResult, cycle: nil, contentFolder: content, displayPrefix: "content", templatesDirectory: nil, buildDate: day)
        return try folder.read("content/okrs/2026-Q4/people/ana.md")
    }

    @Test func afterTheLastOfAListOfLines() async throws {
        let file = """
        ---
        objectives:
          - title: Help grow   # a comment stays
            key_results:
              - title: Deals from 1 to 9
                start: 1
                target: 9
                checkins:
                  - {date: 2026-10-05, value: 2}
                  - date: 2026-10-12
                    value: 4

                  # next key result
              - {title: Calls from 1 to 9, start: 1, target: 9}
        ---
        Notes.
        """
        let text = try await added(entry(day, value: 5, confidence: 7, note: #"@bo: "done", next"#), in: file)
        #expect(text == file.replacingOccurrences(of: "            value: 4\n", with: """
                    value: 4
                  - {date: 2026-11-20, value: 5, confidence: 7, note: "@bo: \\"done\\", next"}

        """))
    }

    @Test func intoAListOnOneLineOrAKeyResultOnOne() async throws {
        let inline = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: Deals from 1 to 9, start: 1, target: 9, checkins: [{date: 2026-10-05, value: 2}]} # keep\n---\n"
        #expect(try await added(entry(day, value: 3), in: inline)
            == inline.replacingOccurrences(of: "value: 2}]}", with: "value: 2}, {date: 2026-11-20, value: 3}]}"))
        // Columns count scalars, as libyaml does: a flag and a decomposed accent before the list
        // are several of them.
        let wide = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: \"Deals 🇪🇸 in Me\u{301}xico from 1 to 9\", start: 1, target: 9, checkins: [{date: 2026-10-05, value: 2}]}\n---\n"
        #expect(try await added(entry(day, value: 3), in: wide)
            == wide.replacingOccurrences(of: "value: 2}]}", with: "value: 2}, {date: 2026-11-20, value: 3}]}"))
        let bare = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: \"Deals {from} 1 to 9\", start: 1, target: 9}\n---\n"
        #expect(try await added(entry(day, value: 3), in: bare)
            == bare.replacingOccurrences(of: "target: 9}", with: "target: 9, checkins: [{date: 2026-11-20, value: 3}]}"))
    }

    @Test func aFirstCheckInStartsTheList() async throws {
        let block = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - title: Deals from 1 to 9\n        start: 1\n        target: 9\n      - {title: B, done: false}\n---\n"
        #expect(try await added(entry(day, value: 3), in: block)
            == block.replacingOccurrences(of: "        target: 9\n", with: "        target: 9\n        checkins:\n          - {date: 2026-11-20, value: 3}\n"))
        let empty = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - title: Ship it\n        done: false\n        checkins: []\n---\n"
        #expect(try await added(entry(day, done: true), in: empty)
            == empty.replacingOccurrences(of: "        checkins: []\n", with: "        checkins:\n          - {date: 2026-11-20, done: true}\n"))
    }

    /// A written `current:` wins over check-ins: the check-in is added, and the author told.
    @Test func saysWhenCurrentIsWrittenOver() async throws {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: Deals from 1 to 9, start: 1, target: 9, current: 4}\n---\n"
        try folder.write(site)
        let added = try await CheckInWriter.checkIn(
            entry(day, value: 6), owner: .person("ana"), keyResult: "o1/kr1", cycle: nil,
            contentFolder: folder.url.appendingPathComponent("content"), displayPrefix: "content", templatesDirectory: nil, buildDate: day)
        #expect(added.path == "content/okrs/2026-Q4/people/ana.md" && added.line == 5)
        #expect(added.warning == "current: 4 is written in the file and wins over check-ins; remove it to let them set the value")
    }

    /// A file written with Windows line ends keeps them on the lines added.
    @Test func keepsWindowsLineEnds() async throws {
        let file = "---\r\nobjectives:\r\n  - title: Help grow\r\n    key_results:\r\n      - title: Ship it\r\n        done: false\r\n        checkins:\r\n---\r\n"
        #expect(try await added(entry(day, done: true), in: file)
            == file.replacingOccurrences(of: "        checkins:\r\n", with: "        checkins:\r\n          - {date: 2026-11-20, done: true}\r\n"))
        let yaml = "---\r\nobjectives:\r\n  - title: Help grow\r\n    key_results:\r\n      - title: Ship it\r\n        done: false\r\n---\r\n"
        #expect(try await added(entry(day, done: true), in: yaml)
            == yaml.replacingOccurrences(of: "        done: false\r\n", with: "        done: false\r\n        checkins:\r\n          - {date: 2026-11-20, done: true}\r\n"))
    }

    @Test func refusesWhatDoesNotFit() async throws {
        let file = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - title: Ship it\n        done: false\n---\n"
        await #expect(throws: CheckInWriter.Refused.self) { try await added(entry(day, value: 3), in: file) }
        await #expect(throws: CheckInWriter.Refused.self) { try await added(entry(day, done: true), to: "O1/KR2", in: file) }
        await #expect(throws: CheckInWriter.Refused.self) { try await added(entry(day, done: true), to: "O2/KR1", in: file) }
        // A check-in dated after the build date does not read back: the file stays as it was.
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = file
        try folder.write(site)
        let content = folder.url.appendingPathComponent("content")
        await #expect(throws: CheckInWriter.Refused.self) {
            _ = try await CheckInWriter.checkIn(
                entry( Day(iso: "2099-01-01")!, done: true), owner: .person("ana"), keyResult: "O1/KR1", cycle: "2026-Q4",
                contentFolder: content, displayPrefix: "content", templatesDirectory: nil, buildDate: day)
        }
        #expect(try folder.read("content/okrs/2026-Q4/people/ana.md") == file)
    }

    /// A mistyped owner is named as such, with the id meant, not as someone without OKRs.
    @Test func aMistypedOwnerGetsTheIDMeant() async throws {
        let folder = try TemporaryFolder()
        try folder.write(smallSite)
        do {
            _ = try await CheckInWriter.checkIn(
                entry(day, value: 3), owner: .person("anna"), keyResult: "O1/KR1", cycle: nil,
                contentFolder: folder.url.appendingPathComponent("content"), displayPrefix: "content", templatesDirectory: nil, buildDate: day)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description == "no person 'anna'; did you mean 'people/ana'?")
        }
        // A cycle that is not there is named with the ones that are, as `new` names it.
        do {
            _ = try await CheckInWriter.checkIn(
                entry(day, value: 3), owner: .person("ana"), keyResult: "O1/KR1", cycle: "2026-Q5",
                contentFolder: folder.url.appendingPathComponent("content"), displayPrefix: "content", templatesDirectory: nil, buildDate: day)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.hasPrefix("no cycle '2026-Q5' in portal.yaml: ") && error.description.hasSuffix("; add it first: okr-portal cycle add 2026-Q5"), "\(error)")
        }
    }
}
