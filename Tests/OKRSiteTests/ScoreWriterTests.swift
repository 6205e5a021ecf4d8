import Foundation
import OKRModel
import OKRTestSupport
import Testing
@testable import OKRSite

/// `okr-portal score` writes a key result's self score in the file's own layout, replacing
/// one it has, and leaves every other line alone.
@Suite struct ScoreWriterTests {
    let day = Day(iso: "2026-11-20")!

    /// Writes `file` as Ana's OKRs of `cycle` in the small site, scores `keyResult`, and gives
    /// back the file's new text and the line the command named.
    func scored(
        _ score: Double, _ keyResult: String = "O1/KR1", in file: String, cycle: String = "2026-Q4", asked: String? = nil, on date: Day? = nil
    ) async throws -> (text: String, line: Int, cycle: String) {
        let folder = try TemporaryFolder()
        var site = smallSite
        site["content/okrs/2026-Q4/people/ana.md"] = nil
        site["content/okrs/\(cycle)/people/ana.md"] = file
        try folder.write(site)
        let (_, line, chosen) = try await ScoreWriter.score(
            score, owner: .person("ana"), keyResult: keyResult, cycle: asked, contentFolder: folder.url.appendingPathComponent("content"),
            displayPrefix: "content", templatesDirectory: nil, buildDate: date ?? day)
        return (try folder.read("content/okrs/\(cycle)/people/ana.md"), line, chosen)
    }

    @Test func addedAsTheLastLineOfABlockOrReplacedWhereItIs() async throws {
        let file = """
        ---
        objectives:
          - title: Help grow
            key_results:
              - title: Deals from 1 to 9   # a comment stays
                start: 1
                target: 9
                checkins:
                  - {date: 2026-10-05, value: 2, note: "score: 1"}

              # next key result
              - title: Calls
                score: 0.2 # first guess
                progress: 0.5
        ---
        Notes.
        """
        let first = try await scored(0.7, in: file)
        #expect(first.text == file.replacingOccurrences(of: "note: \"score: 1\"}\n", with: "note: \"score: 1\"}\n        score: 0.7\n"))
        #expect(first.line == 10)
        let second = try await scored(0.45, "o1/kr2", in: file)
        #expect(second.text == file.replacingOccurrences(of: "score: 0.2 # first guess", with: "score: 0.45 # first guess"))
        #expect(second.line == 13)
    }

    @Test func inAKeyResultWrittenOnOneLine() async throws {
        let inline = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: \"Deals, from 1 to 9\", start: 1, target: 9, checkins: [{date: 2026-10-05, value: 2, note: \"score: 1\"}]} # keep\n      - {title: Calls, score: 0.1 , progress: 0.5}\n---\n"
        #expect(try await scored(1, in: inline).text == inline.replacingOccurrences(of: "1\"}]}", with: "1\"}], score: 1}"))
        #expect(try await scored(0.9, "O1/KR2", in: inline).text == inline.replacingOccurrences(of: "score: 0.1 ,", with: "score: 0.9 ,"))
    }

    /// Scores come after a cycle's end, when the next one may be current: without `--cycle`,
    /// the current cycle when the owner has OKRs there, else the last one that ended.
    @Test func theCycleEndedLastWhenTheCurrentHasNone() async throws {
        let file = "---\nobjectives:\n  - title: Old\n    key_results:\n      - {title: K, progress: 0.5}\n---\n"
        let result = try await scored(0.6, in: file, cycle: "2026-Q3")
        #expect(result.cycle == "2026-Q3" && result.text.contains("{title: K, progress: 0.5, score: 0.6}"))
    }

    /// What the command says when it refuses; nil when it did not.
    func refusal(_ score: Double, _ keyResult: String = "O1/KR1", in file: String) async throws -> String? {
        do {
            _ = try await scored(score, keyResult, in: file)
            return nil
        } catch let refused as ScoreWriter.Refused {
            return refused.description
        }
    }

    @Test func refusedWithWhatToWrite() async throws {
        let file = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: Deals, done: true}\n---\n"
        #expect(try await refusal(70, in: file) == "a score is from 0 to 1, found 70; for 70% write 0.7")
        #expect(try await refusal(0.5, "O1/KR3", in: file) == "O1 of people/ana has no key result KR3 (it has KR1)")
        // A key result over several lines in {…} is not taken apart.
        let spread = "---\nobjectives:\n  - title: Help grow\n    key_results:\n      - {title: Deals,\n         done: true}\n---\n"
        #expect(try await refusal(0.5, in: spread)?.hasSuffix("the key result is a {...} mapping over several lines; write it as a block to let this command score it") == true)
    }
}
