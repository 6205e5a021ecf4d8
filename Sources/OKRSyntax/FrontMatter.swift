/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable, Equatable {
    /// The YAML between the `---` lines, without them.
    public var yaml: String
    /// How many lines precede the YAML in the file; add it to positions in the YAML.
    public var yamlLineOffset: Int
    /// The Markdown after the closing line.
    public var body: String
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
        // Lines are found on UTF-8 bytes: every content file goes through here, and walking
        // a String by Character is several times slower. "\r\n" ends a line like "\n".
        let bytes = text.utf8
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }
        func lineEnd(from index: String.Index) -> String.Index {
            bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        }
        func isDelimiter(_ from: String.Index, _ to: String.Index, _ marker: String) -> Bool {
            var end = to
            while end > from, let last = bytes[..<end].last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
                end = bytes.index(before: end)
            }
            return bytes[from..<end].elementsEqual(marker.utf8)
        }
        let firstEnd = lineEnd(from: start)
        guard firstEnd < bytes.endIndex, isDelimiter(start, firstEnd, "---") else {
            if isDelimiter(start, firstEnd, "---") {
                throw FrontMatterError(message: "front matter opened with --- but never closed", position: .init(line: 1, column: 1))
            }
            return FrontMatterDocument(yaml: "", yamlLineOffset: 0, body: String(text[start...]), hasFrontMatter: false)
        }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        while lineStart < bytes.endIndex {
            let end = lineEnd(from: lineStart)
            if isDelimiter(lineStart, end, "---") || isDelimiter(lineStart, end, "...") {
                let bodyStart = end < bytes.endIndex ? bytes.index(after: end) : end
                return FrontMatterDocument(
                    yaml: String(text[yamlStart..<lineStart]),
                    yamlLineOffset: 1,
                    body: String(text[bodyStart...]),
                    hasFrontMatter: true)
            }
            lineStart = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        throw FrontMatterError(message: "front matter opened with --- on line 1 but never closed with ---", position: .init(line: 1, column: 1))
    }
}
