import Foundation
import Testing
@testable import OKRSupport

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

    /// A JSON document streamed in many pieces is the same bytes as the one written whole, and
    /// a sink's error comes back out.
    @Test func jsonDocumentStreamsInPieces() throws {
        func write(_ json: inout JSONWriter) {
            json.object { document in
                document.field("items", writing: { items in
                    items.array { for index in 0..<60_000 { $0.element(["name": "item \(index) 名"]) } }
                })
                document.field("title", "t")
            }
        }
        let chunks = Chunks()
        try JSONWriter.stream(to: { chunks.list.append(Array($0)) }, write)
        #expect(chunks.list.count >= 2)
        var whole = JSONWriter()
        write(&whole)
        #expect(chunks.list.flatMap { $0 } == whole.bytes + Array("\n".utf8))
        #expect(throws: Refused.self) { try JSONWriter.stream(to: { _ in throw Refused() }, write) }
    }
}
