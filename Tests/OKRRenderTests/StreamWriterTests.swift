import Foundation
import Testing
@testable import OKRRender

/// The export and the alignment files are streamed: a buffer goes to the sink each time it
/// fills, so the file is never whole in memory.
@Suite struct StreamWriterTests {
    final class Chunks: @unchecked Sendable { var list: [[UInt8]] = [] }
    struct Refused: Error, Equatable {}

    @Test func sinkGetsTheBytesInBufferSizedPieces() throws {
        let chunks = Chunks()
        var writer = StreamWriter { chunks.list.append(Array($0)) }
        let line = String(repeating: "中文 text ", count: 100) + "\n"
        for _ in 0..<3000 { writer.write(line) }
        #expect(chunks.list.count >= 2, "the buffer went out before the end")
        try writer.finish()
        let whole = chunks.list.flatMap { $0 }
        #expect(whole == Array(String(repeating: line, count: 3000).utf8))
        #expect(chunks.list.dropLast().allSatisfy { $0.count >= StreamWriter.bufferSize && $0.count < StreamWriter.bufferSize + line.utf8.count })
    }

    @Test func theSinksFirstErrorStopsWritingAndFinishRethrowsIt() {
        let chunks = Chunks()
        var writer = StreamWriter { bytes in
            chunks.list.append(Array(bytes))
            throw Refused()
        }
        for _ in 0..<3 { writer.write(String(repeating: "x", count: StreamWriter.bufferSize)) }
        #expect(writer.failed)
        #expect(throws: Refused.self) { try writer.finish() }
        #expect(chunks.list.count == 1, "nothing more goes to a sink that failed")
    }

    /// A spliced document streamed in many pieces is the same bytes as the collected one.
    @Test func splicedDocumentStreamsInPieces() throws {
        struct Item: Encodable, CompactJSONValue {
            var name: String
            var numbers: [Int]

            func write(to json: inout CompactJSON) {
                json.object { fields in
                    fields.field("name", name)
                    fields.field("numbers", numbers)
                }
            }
        }
        struct Document: Encodable { var items: [Item]; var title = "t" }
        let items = (0..<60_000).map { Item(name: "item \($0) 名", numbers: [$0, $0 + 1]) }
        let fill: SplicedJSON.Arrays = [("items", { writer in items.forEach { writer.append($0) } })]
        let chunks = Chunks()
        try SplicedJSON.write(Document(items: []), arrays: fill) { chunks.list.append(Array($0)) }
        #expect(chunks.list.count >= 2)
        let whole = Array(try SplicedJSON.encoder().encode(Document(items: items))) + Array("\n".utf8)
        #expect(chunks.list.flatMap { $0 } == whole)
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
