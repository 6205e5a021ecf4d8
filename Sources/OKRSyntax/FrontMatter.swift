import Foundation

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable, Equatable {
    /// The YAML between the `---` lines, without them.
    public var yaml: String
    /// How many lines precede the YAML in the file; add it to positions in the YAML.
    public var yamlLineOffset: Int
    /// The Markdown after the closing line.
    public var body: String
    /// The line of the file the body starts on.
    public var bodyLine: Int
    /// Whether the file had front matter at all.
    public var hasFrontMatter: Bool
}

/// Why a front matter block could not be cut out of its file.
public struct FrontMatterError: Error, Sendable, Equatable {
    public var message: String
    public var position: SourcePosition
}

public enum FrontMatter {
    /// Splits `text` at a leading `---` line and the next `---` (or `...`) line.
    /// A file that does not start with `---` has no front matter: all of it is body.
    public static func split(_ text: String) throws(FrontMatterError) -> FrontMatterDocument {
        // Lines are found on the raw UTF-8 bytes with memchr: every content file goes through
        // here, line by line. "\r\n" ends a line like "\n".
        enum Cut {
            case noFrontMatter(bodyStart: Int)
            case openedNeverClosed(onlyLine: Bool)
            /// `yamlLines`: the line breaks inside the YAML, counted while its end is looked for.
            case found(yamlStart: Int, yamlEnd: Int, bodyStart: Int, yamlLines: Int)
        }
        var source = text
        let cut = source.withUTF8 { bytes -> Cut in
            let newline = UInt8(ascii: "\n")
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            func lineEnd(from offset: Int) -> Int {
                guard offset < bytes.count, let base = bytes.baseAddress,
                      let found = memchr(base + offset, Int32(newline), bytes.count - offset) else { return bytes.count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            // The line from..<to is `marker`, ignoring trailing spaces, tabs and a carriage return.
            func isDelimiter(_ from: Int, _ to: Int, _ marker: StaticString) -> Bool {
                var end = to
                while end > from, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\r") {
                    end -= 1
                }
                let expected = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
                return bytes[from..<end].elementsEqual(expected)
            }
            let firstEnd = lineEnd(from: start)
            guard isDelimiter(start, firstEnd, "---") else { return .noFrontMatter(bodyStart: start) }
            guard firstEnd < bytes.count else { return .openedNeverClosed(onlyLine: true) }
            let yamlStart = firstEnd + 1
            var lineStart = yamlStart
            var lines = 0
            while lineStart < bytes.count {
                let end = lineEnd(from: lineStart)
                if isDelimiter(lineStart, end, "---") || isDelimiter(lineStart, end, "...") {
                    return .found(yamlStart: yamlStart, yamlEnd: lineStart, bodyStart: min(end + 1, bytes.count), yamlLines: lines)
                }
                lineStart = end + 1
                lines += 1
            }
            return .openedNeverClosed(onlyLine: false)
        }
        // Every cut falls after a line break or the byte order mark, on a character boundary.
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        switch cut {
        case .noFrontMatter(let bodyStart):
            return FrontMatterDocument(yaml: "", yamlLineOffset: 0, body: String(text[index(bodyStart)...]), bodyLine: 1, hasFrontMatter: false)
        case .openedNeverClosed(let onlyLine):
            let message = onlyLine ? "front matter opened with --- but never closed" : "front matter opened with --- on line 1 but never closed with ---"
            throw FrontMatterError(message: message, position: .init(line: 1, column: 1))
        case .found(let yamlStart, let yamlEnd, let bodyStart, let yamlLines):
            let yaml = String(text[index(yamlStart)..<index(yamlEnd)])
            return FrontMatterDocument(
                yaml: yaml, yamlLineOffset: 1, body: String(text[index(bodyStart)...]),
                bodyLine: 3 + yamlLines, hasFrontMatter: true)
        }
    }
}
