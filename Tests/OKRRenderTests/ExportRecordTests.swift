import Foundation
import OKRSupport
import Testing
import OKRModel
@testable import OKRRender

/// The export's and the alignment files' records list their fields once, in the sorted order
/// the schema's readers may rely on.
@Suite struct ExportRecordTests {
    /// The keys of the outermost object, in the order written.
    func topLevelKeys(_ value: some JSONValue) throws -> [String] {
        var json = JSONWriter()
        value.write(to: &json)
        var keys: [String] = []
        var depth = 0
        var index = 0
        let bytes = json.bytes
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\""):
                var end = index + 1
                while bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                if depth == 1, bytes[end + 1] == UInt8(ascii: ":") { keys.append(String(decoding: bytes[(index + 1)..<end], as: UTF8.self)) }
                index = end
            default: break
            }
            index += 1
        }
        return keys
    }

    @Test func recordsWriteTheirFieldsOnceAndSorted() throws {
        let keyResult = ExportKeyResult(
            ref: "r", id: "KR1", title: "t", kind: "numeric", progress: 0.5, raw_progress: 0.5, score: Nullable(nil), start: 0, target: 10,
            current: 5, unit: "u", done: nil, weight: 1, confidence: Nullable(7), due: Nullable(nil), owner: Nullable(nil),
            last_checkin: Nullable("2026-11-16"), aligned_by: [])
        let objective = ExportObjective(
            ref: "r", cycle: "c", owner: "o", id: "O1", title: "t", titles: ["en": "t", "zh": "目标"], type: "committed",
            priority: Nullable("P0"), confidence: Nullable(nil), weight: 1, progress: 0.5, score: Nullable(nil), status: "on-track",
            aligns: [], aligned_by: [], chain: [], url: "u", key_results: [keyResult])
        let records: [(any JSONValue, Int)] = [
            (objective, 18), (keyResult, 17),
            (ExportCycle(id: "q", name: "Q", start: "s", end: "e", current: true, phase: "open", enclosed_by: [], url: "u", export: "x"), 9),
            (ExportTeam(id: "t", name: "T", parent: Nullable(nil), lead: Nullable(nil), url: "u"), 5),
            (ExportPerson(id: "p", name: "P", email: Nullable(nil), team: Nullable(nil), title: Nullable(nil), manager: Nullable(nil), employment: Nullable(nil), url: "u"), 8),
            (AlignmentNodeRecord(ref: "r", cycle: "c", owner: "o", owner_name: "n", level: 1, title: "t", progress: 0.5, status: "s", url: "u"), 9),
            (AlignmentEdgeRecord(source: "s", target: "t", key_result: Nullable(nil), direction: "up"), 4),
        ]
        for (record, count) in records {
            let keys = try topLevelKeys(record)
            #expect(keys == keys.sorted() && Set(keys).count == keys.count && keys.count == count, "\(type(of: record)): \(keys)")
        }
    }

    /// The export is kept as bytes; a file is the same file whichever way it is held.
    @Test func outputFilesCompareByPathAndBytes() {
        let text = OutputFile(path: "okrs.json", contents: "{\"t\": \"中文\"}\n")
        let bytes = OutputFile(path: "okrs.json", bytes: Array("{\"t\": \"中文\"}\n".utf8))
        #expect(text == bytes && bytes.contents == text.contents)
        #expect(text != OutputFile(path: "okrs.json", bytes: Array("{}".utf8)))
        #expect(text != OutputFile(path: "other.json", contents: text.contents))
    }

    @Test func streamedOutputFileIsTheSameFileAsItsBytes() throws {
        let streamed = OutputFile(path: "okrs.json") { sink in
            var writer = StreamWriter(sink: sink)
            writer.write("{\"t\": \"中文\"}\n")
            try writer.finish()
        }
        #expect(streamed.isStreamed)
        #expect(streamed == OutputFile(path: "okrs.json", contents: "{\"t\": \"中文\"}\n"))
        #expect(streamed.contents == "{\"t\": \"中文\"}\n")
        #expect(!OutputFile(path: "a", contents: "").isStreamed)
    }
}
