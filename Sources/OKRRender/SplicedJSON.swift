import Foundation

/// Compact JSON documents whose large arrays are encoded one element at a time.
///
/// Foundation's `JSONEncoder` builds a tree of the whole value before printing it; for the
/// export and the alignment files of 50,000 people that tree ran to gigabytes. Here the
/// document is encoded with its large arrays empty, and each array is then filled with its
/// elements, each written by `CompactJSON`: byte for byte what encoding the whole document
/// prints (`sortedKeys`, no pretty printing), as the tests check.
struct SplicedJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Where the elements go; `fill` closures append to it.
    struct ArrayWriter {
        fileprivate var stream: StreamWriter
        fileprivate var count = 0

        mutating func append(_ element: some CompactJSONValue) {
            guard !stream.failed else { return }
            if count > 0 { stream.buffer.append(UInt8(ascii: ",")) }
            count += 1
            // The element is written straight into the stream's buffer.
            var json = CompactJSON()
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
            topLevelRange(of: Array(emptyArray(named: array.name).utf8), in: head).map { (range: $0, array: array) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var writer = ArrayWriter(stream: StreamWriter(sink: sink))
        var copied = head.startIndex
        for place in places {
            writer.stream.buffer += head[copied..<place.range.lowerBound]
            writer.stream.write("\"\(place.array.name)\":[")
            writer.count = 0
            place.array.fill(&writer)
            writer.stream.write("]")
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
    static func emptyArray(named name: String) -> String { "\"\(name)\":[]" }

    /// Where `member` starts a member of the document's top-level object: compact JSON has no
    /// indentation to tell a nested `"objectives":[]` from the document's own, so the scan
    /// keeps count of the nesting and steps over strings.
    static func topLevelRange(of member: [UInt8], in json: [UInt8]) -> Range<Int>? {
        var depth = 0
        var index = json.startIndex
        while index < json.endIndex {
            switch json[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\""):
                if depth == 1, json[index...].starts(with: member) {
                    return index..<(index + member.count)
                }
                // Past the string, escapes included.
                index += 1
                while index < json.endIndex, json[index] != UInt8(ascii: "\"") {
                    index += json[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            default: break
            }
            index += 1
        }
        return nil
    }
}
