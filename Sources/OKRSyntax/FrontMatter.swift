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
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
        guard let firstBreak = content.firstIndex(where: \.isNewline),
              content[..<firstBreak].trimmingTrailingSpace() == "---"
        else {
            if content.trimmingTrailingSpace() == "---" {
                throw FrontMatterError(message: "front matter opened with --- but never closed", position: .init(line: 1, column: 1))
            }
            return FrontMatterDocument(yaml: "", yamlLineOffset: 0, body: String(content), hasFrontMatter: false)
        }
        let yamlStart = content.index(after: firstBreak)
        var lineStart = yamlStart
        while lineStart < content.endIndex {
            let lineEnd = content[lineStart...].firstIndex(where: \.isNewline) ?? content.endIndex
            let line = content[lineStart..<lineEnd].trimmingTrailingSpace()
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < content.endIndex ? content.index(after: lineEnd) : lineEnd
                return FrontMatterDocument(
                    yaml: String(content[yamlStart..<lineStart]),
                    yamlLineOffset: 1,
                    body: String(content[bodyStart...]),
                    hasFrontMatter: true)
            }
            lineStart = lineEnd < content.endIndex ? content.index(after: lineEnd) : lineEnd
        }
        throw FrontMatterError(message: "front matter opened with --- on line 1 but never closed with ---", position: .init(line: 1, column: 1))
    }
}

extension Substring {
    func trimmingTrailingSpace() -> Substring {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" || self[previous] == "\r" else { break }
            end = previous
        }
        return self[startIndex..<end]
    }
}
