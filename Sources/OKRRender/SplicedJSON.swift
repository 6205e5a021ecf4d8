import Foundation

/// Pretty-printed JSON documents whose large arrays are encoded one element at a time.
///
/// Foundation's `JSONEncoder` builds a tree of the whole value before printing it; for the
/// export and the alignment files of 50,000 people that tree ran to gigabytes. Here the
/// document is encoded with its large arrays empty, and each array is then filled with its
/// elements, each written by `PrettyJSON` one level deeper: byte for byte what encoding the
/// whole document prints (`sortedKeys`, `prettyPrinted`), as the tests check.
struct SplicedJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Where the elements go; `fill` closures append to it.
    struct ArrayWriter {
        fileprivate var stream: StreamWriter
        fileprivate var count = 0

        mutating func append(_ element: some PrettyJSONValue) {
            guard !stream.failed else { return }
            stream.buffer += count == 0 ? "\n    ".utf8 : ",\n    ".utf8
            count += 1
            // The element is written straight into the stream's buffer, two levels deep (in
            // an array in the document's object).
            var json = PrettyJSON(depth: 2)
            swap(&json.bytes, &stream.buffer)
            element.write(to: &json)
            swap(&json.bytes, &stream.buffer)
            stream.flushIfFull()
        }
    }

    typealias Arrays = [(name: String, fill: (inout ArrayWriter) -> Void)]

    /// `document` with each top-level array named in `arrays` (empty in `document`) filled by
    /// its closure, then a final newline, handed to `sink` a buffer at a time.
    static func write(_ document: some Encodable, arrays: Arrays, to sink: @escaping ByteSink) throws {
        let head = Array((try? encoder().encode(document)) ?? Data("{}".utf8))
        // The arrays in the order the encoder printed them (sorted keys).
        let places = arrays.compactMap { array in
            head.firstRange(of: Array(emptyArray(named: array.name).utf8)).map { (range: $0, array: array) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var writer = ArrayWriter(stream: StreamWriter(sink: sink))
        var copied = head.startIndex
        for place in places {
            writer.stream.buffer += head[copied..<place.range.lowerBound]
            writer.stream.write("\"\(place.array.name)\" : [")
            writer.count = 0
            place.array.fill(&writer)
            writer.stream.write(writer.count == 0 ? "\n\n  ]" : "\n  ]")
            copied = place.range.upperBound
        }
        writer.stream.buffer += head[copied...]
        writer.stream.write("\n")
        try writer.stream.finish()
    }

    /// The same document as one array of bytes.
    static func encode(_ document: some Encodable, arrays: Arrays) -> [UInt8] {
        // Collecting never throws, so neither does writing to it.
        (try? StreamWriter.collect { try write(document, arrays: arrays, to: $0) }) ?? []
    }

    /// How the encoder prints an empty array at the document's top level.
    static func emptyArray(named name: String) -> String { "\"\(name)\" : [\n\n  ]" }
}
