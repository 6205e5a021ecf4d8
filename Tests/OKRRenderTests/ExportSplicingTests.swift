import Foundation
import Testing
@testable import OKRRender

/// okrs.json is written with each objective encoded on its own and spliced into the document;
/// the result must be byte for byte what encoding the whole document prints (the demo's
/// golden export checks a full site).
@Suite struct ExportSplicingTests {
    struct Inner: Encodable { var list: [Int]; var name: String }
    struct Outer: Encodable { var a = 1; var objectives: [Inner]; var z = "end" }

    func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    @Test func splicedObjectivesMatchTheWholeDocument() throws {
        let items = [Inner(list: [1, 2], name: "x"), Inner(list: [], name: "中文 \"q\"")]
        let whole = String(decoding: try encoder().encode(Outer(objectives: items)), as: UTF8.self)
        var splicedBytes: [UInt8] = []
        for item in items {
            if !splicedBytes.isEmpty { splicedBytes += ",\n".utf8 }
            SiteRenderer.appendIndented(try encoder().encode(item), by: "    ", to: &splicedBytes)
        }
        let spliced = String(decoding: splicedBytes, as: UTF8.self)
        var document = String(decoding: try encoder().encode(Outer(objectives: [])), as: UTF8.self)
        let empty = try #require(document.range(of: SiteRenderer.emptyObjectives), "the encoder prints an empty array as expected")
        document.replaceSubrange(empty, with: "\"objectives\" : [\n" + spliced + "\n  ]")
        #expect(document == whole)
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
