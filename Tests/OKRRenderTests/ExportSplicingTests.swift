import Foundation
import Testing
@testable import OKRRender

/// okrs.json and the alignment files are written with each element encoded on its own and
/// spliced into the document; the result must be byte for byte what encoding the whole
/// document prints (the demo's golden export checks a full site).
@Suite struct ExportSplicingTests {
    struct Inner: Encodable, CompactJSONValue {
        var list: [Int]
        var name: String

        func write(to json: inout CompactJSON) {
            json.object { fields in
                fields.field("list", list)
                fields.field("name", name)
            }
        }
    }
    struct Outer: Encodable { var a = 1; var objectives: [Inner]; var z = "end" }

    struct TwoArrays: Encodable { var b: [Inner]; var m = "middle"; var a: [Inner] }

    @Test func splicedObjectivesMatchTheWholeDocument() throws {
        let items = [Inner(list: [1, 2], name: "x"), Inner(list: [], name: "中文 \"q\"")]
        let whole = Array(try SplicedJSON.encoder().encode(Outer(objectives: items))) + Array("\n".utf8)
        let spliced = SplicedJSON.encode(Outer(objectives: []), arrays: [("objectives", { writer in items.forEach { writer.append($0) } })])
        #expect(String(decoding: spliced, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    }

    /// Arrays are filled where the encoder printed them (sorted keys), whatever order they are
    /// named in; an array left empty prints as the encoder prints an empty one.
    @Test func severalArraysAndEmptyOnes() throws {
        let items = [Inner(list: [3], name: "y")]
        for (a, b) in [(items, [Inner]()), ([], items), (items, items), ([], [])] {
            let whole = Array(try SplicedJSON.encoder().encode(TwoArrays(b: b, a: a))) + Array("\n".utf8)
            let spliced = SplicedJSON.encode(TwoArrays(b: [], a: []), arrays: [
                ("b", { writer in b.forEach { writer.append($0) } }),
                ("a", { writer in a.forEach { writer.append($0) } }),
            ])
            #expect(String(decoding: spliced, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        }
    }

    /// Compact JSON has no indentation to mark the top level: a nested member with the same
    /// name and an empty array, printed earlier, must be left alone.
    @Test func onlyTheTopLevelArrayIsFilled() throws {
        struct Nested: Encodable { var objectives: [Int] = []; var text = "\"objectives\":[] {[" }
        struct Document: Encodable { var meta = Nested(); var objectives: [Inner] }
        let items = [Inner(list: [1], name: "z")]
        let whole = Array(try SplicedJSON.encoder().encode(Document(objectives: items))) + Array("\n".utf8)
        let spliced = SplicedJSON.encode(Document(objectives: []), arrays: [("objectives", { writer in items.forEach { writer.append($0) } })])
        #expect(String(decoding: spliced, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    }

    /// The export is kept as bytes; a file is the same file whichever way it is held.
    @Test func outputFilesCompareByPathAndBytes() {
        let text = OutputFile(path: "okrs.json", contents: "{\"t\": \"中文\"}\n")
        let bytes = OutputFile(path: "okrs.json", bytes: Array("{\"t\": \"中文\"}\n".utf8))
        #expect(text == bytes && bytes.contents == text.contents)
        #expect(text != OutputFile(path: "okrs.json", bytes: Array("{}".utf8)))
        #expect(text != OutputFile(path: "other.json", contents: text.contents))
    }
}
