import Foundation

/// Pretty-printed JSON documents whose large arrays are encoded one element at a time.
///
/// Foundation's `JSONEncoder` builds a tree of the whole value before printing it; for the
/// export and the alignment files of 50,000 people that tree ran to gigabytes. Here the
/// document is encoded with its large arrays empty, and each array is then filled with its
/// elements, each encoded on its own and indented one level deeper: byte for byte what
/// encoding the whole document prints (`sortedKeys`, `prettyPrinted`), as the tests check.
struct SplicedJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Where the elements go; `fill` closures append to it.
    struct ArrayWriter {
        fileprivate let encoder: JSONEncoder
        fileprivate var output: [UInt8]
        fileprivate var count = 0

        mutating func append(_ element: some Encodable) {
            // Encoding plain structs of strings and numbers cannot fail.
            let data = (try? encoder.encode(element)) ?? Data("{}".utf8)
            output += count == 0 ? "\n".utf8 : ",\n".utf8
            count += 1
            SplicedJSON.appendIndented(data, by: "    ", to: &output)
        }
    }

    /// `document` with each top-level array named in `arrays` (empty in `document`) filled by
    /// its closure, then a final newline.
    static func encode(_ document: some Encodable, arrays: [(name: String, fill: (inout ArrayWriter) -> Void)]) -> [UInt8] {
        let encoder = encoder()
        let head = Array((try? encoder.encode(document)) ?? Data("{}".utf8))
        // The arrays in the order the encoder printed them (sorted keys).
        let places = arrays.compactMap { array in
            head.firstRange(of: Array(emptyArray(named: array.name).utf8)).map { (range: $0, array: array) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var writer = ArrayWriter(encoder: encoder, output: [])
        var copied = head.startIndex
        for place in places {
            writer.output += head[copied..<place.range.lowerBound]
            writer.output += "\"\(place.array.name)\" : [".utf8
            writer.count = 0
            place.array.fill(&writer)
            writer.output += writer.count == 0 ? "\n\n  ]".utf8 : "\n  ]".utf8
            copied = place.range.upperBound
        }
        writer.output += head[copied...]
        writer.output += "\n".utf8
        return writer.output
    }

    /// How the encoder prints an empty array at the document's top level.
    static func emptyArray(named name: String) -> String { "\"\(name)\" : [\n\n  ]" }

    /// Appends pretty-printed JSON one level deeper, as the encoder would have printed it
    /// inside the document: every non-empty line gets the indent (an empty array's blank line
    /// stays blank).
    static func appendIndented(_ data: Data, by indent: String, to output: inout [UInt8]) {
        let newline = UInt8(ascii: "\n")
        data.withUnsafeBytes { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == newline {
                if lineStart > 0 { output.append(newline) }
                if index > lineStart {
                    output += indent.utf8
                    output += bytes[lineStart..<index]
                }
                lineStart = index + 1
            }
        }
    }
}
