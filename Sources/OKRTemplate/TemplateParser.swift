public struct TemplateReference: Sendable {
    public let name: String
    public let line: Int
    public let column: Int
}

/// A name as written (`owner.name`, `.`), split once at parse time.
struct TemplatePath: Sendable {
    /// Empty for `.`, the current value.
    var parts: [String]
    /// `.name`: look only in the current value, not in the enclosing ones.
    var anchored: Bool
    /// Each part's number (`FieldName`).
    var ids: [Int] = []
    /// Where the tag is, for a theme check's messages.
    var line = 0
    var column = 0
}

/// A template as parsed, before `Template` compiles it into steps.
enum TemplateNode: Sendable {
    /// Literal text as UTF-8.
    case text([UInt8])
    case variable(TemplatePath, escaped: Bool)
    case section(TemplatePath, [TemplateNode], inverted: Bool)
    /// `{{> name}}`; `indent` is the whitespace before a partial alone on its line.
    case partial(String, indent: String)
    /// `{{< name}}…{{/name}}`: render `name` with these blocks replaced.
    case parent(String, indent: String, blocks: [String: [TemplateNode]])
    /// `{{$ name}}default{{/name}}`: replaceable by a child template.
    case block(String, [TemplateNode])
}

public struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int
    public var description: String { message }
}

/// Reads Mustache source: tags `{{name}}`, `{{{raw}}}`, `{{&raw}}`, sections `{{#…}}` and
/// `{{^…}}`, comments, partials `{{>…}}`, parents `{{<…}}` with blocks `{{$…}}`, and
/// delimiter changes `{{=<% %>=}}`. A tag other than a variable that stands alone on its
/// line takes the whole line with it, as the Mustache spec says, so templates can be laid out
/// readably without blank lines in the output.
struct TemplateParser {
    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    /// Where each line starts, so every tag's line is found without counting from the top.
    private let lineStarts: [Int]

    init(_ source: String) {
        let bytes = Array(source.utf8)
        self.bytes = bytes
        lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }

    private struct Frame {
        var sigil: UInt8
        var name: String
        var path: TemplatePath
        var indent: String
        var at: Int
        var nodes: [TemplateNode] = []
    }

    /// A tag as read: its sigil (0 for a plain variable, `&` for a raw one), its trimmed
    /// content, where it is, and how much text around it goes with it.
    private struct Tag {
        var sigil: UInt8
        var content: String
        var range: Range<Int>
        /// Text removed from `cut.lowerBound` to the tag and from the tag to `cut.upperBound`.
        var cut: Range<Int>
        var indent = ""
        var isVariable: Bool { sigil == 0 || sigil == UInt8(ascii: "&") }
    }

    mutating func parse() throws(TemplateSyntaxError) -> Template {
        var tags = try lex()
        markStandaloneLines(&tags)

        var frames = [Frame(sigil: 0, name: "", path: TemplatePath(parts: [], anchored: false), indent: "", at: 0)]
        var references: [TemplateReference] = []
        var textStart = 0

        func appendText(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            frames[frames.count - 1].nodes.append(.text(Array(bytes[range])))
        }

        for tag in tags {
            appendText(textStart..<tag.cut.lowerBound)
            textStart = tag.cut.upperBound
            let content = tag.content
            let at = tag.range.lowerBound
            switch tag.sigil {
            case UInt8(ascii: "!"), UInt8(ascii: "="):
                continue
            case 0, UInt8(ascii: "&"):
                frames[frames.count - 1].nodes.append(.variable(try path(content, at: at), escaped: tag.sigil == 0))
            case UInt8(ascii: ">"):
                references.append(reference(content, at: at))
                frames[frames.count - 1].nodes.append(.partial(content, indent: tag.indent))
            case UInt8(ascii: "<"):
                references.append(reference(content, at: at))
                frames.append(Frame(sigil: tag.sigil, name: content, path: TemplatePath(parts: [], anchored: false), indent: tag.indent, at: at))
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                frames.append(Frame(sigil: tag.sigil, name: content, path: try path(content, at: at), indent: tag.indent, at: at))
            case UInt8(ascii: "$"):
                frames.append(Frame(sigil: tag.sigil, name: content, path: TemplatePath(parts: [], anchored: false), indent: tag.indent, at: at))
            default: // "/"
                guard frames.count > 1 else { throw error("{{/\(content)}} closes a section that was never opened", at: at) }
                let frame = frames.removeLast()
                guard frame.name == content else {
                    throw error("{{/\(content)}} closes {{\(Character(UnicodeScalar(frame.sigil)))\(frame.name)}} (opened at \(location(frame.at)))", at: at)
                }
                let node: TemplateNode
                switch frame.sigil {
                case UInt8(ascii: "<"):
                    var blocks: [String: [TemplateNode]] = [:]
                    for case .block(let name, let body) in frame.nodes { blocks[name] = body }
                    node = .parent(frame.name, indent: frame.indent, blocks: blocks)
                case UInt8(ascii: "$"):
                    node = .block(frame.name, frame.nodes)
                default:
                    node = .section(frame.path, frame.nodes, inverted: frame.sigil == UInt8(ascii: "^"))
                }
                frames[frames.count - 1].nodes.append(node)
            }
        }
        appendText(textStart..<bytes.count)
        if frames.count > 1, let unclosed = frames.last {
            throw error("{{\(Character(UnicodeScalar(unclosed.sigil)))\(unclosed.name)}} is never closed", at: unclosed.at)
        }
        return Template(frames[0].nodes, references: references)
    }

    /// Every tag in order, following delimiter changes.
    private mutating func lex() throws(TemplateSyntaxError) -> [Tag] {
        var tags: [Tag] = []
        var position = 0
        while let tagStart = find(open, from: position) {
            let cursor = tagStart + open.count
            guard cursor < bytes.count else { throw error("unclosed tag", at: tagStart) }
            var sigil = bytes[cursor]
            var closing = close
            var contentStart = cursor + 1
            switch sigil {
            case UInt8(ascii: "{"): closing = [UInt8(ascii: "}")] + close
            case UInt8(ascii: "="): closing = [UInt8(ascii: "=")] + close
            case UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: "!"),
                UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                break
            default:
                sigil = 0
                contentStart = cursor
            }
            guard let end = find(closing, from: contentStart) else { throw error("unclosed tag", at: tagStart) }
            let content = trimmed(contentStart..<end)
            let tagEnd = end + closing.count
            if sigil == UInt8(ascii: "{") { sigil = UInt8(ascii: "&") }
            if sigil == UInt8(ascii: "=") {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else { throw error("a delimiter change needs two delimiters, as in {{=<% %>=}}", at: tagStart) }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            } else if sigil != UInt8(ascii: "!"), content.isEmpty {
                throw error("empty tag", at: tagStart)
            }
            tags.append(Tag(sigil: sigil, content: content, range: tagStart..<tagEnd, cut: tagStart..<tagEnd))
            position = tagEnd
        }
        return tags
    }

    /// A line holding only tags other than variables, and spaces, leaves no trace: the
    /// Mustache spec's standalone rule, extended to several such tags on one line
    /// (`{{<layout}}{{$main}}`) as swift-mustache read them, so templates can be laid out
    /// readably without blank lines in the output.
    private func markStandaloneLines(_ tags: inout [Tag]) {
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var first = 0
        while first < tags.count {
            // The run of tags from `first` separated only by spaces and tabs.
            var last = first
            while last + 1 < tags.count, bytes[tags[last].range.upperBound..<tags[last + 1].range.lowerBound].allSatisfy(isBlank) { last += 1 }
            defer { first = last + 1 }
            guard !tags[first...last].contains(where: \.isVariable) else { continue }
            var lineStart = tags[first].range.lowerBound
            while lineStart > 0, isBlank(bytes[lineStart - 1]) { lineStart -= 1 }
            guard lineStart == 0 || bytes[lineStart - 1] == UInt8(ascii: "\n") else { continue }
            var lineEnd = tags[last].range.upperBound
            while lineEnd < bytes.count, isBlank(bytes[lineEnd]) { lineEnd += 1 }
            if lineEnd < bytes.count {
                if bytes[lineEnd] == UInt8(ascii: "\n") {
                    lineEnd += 1
                } else if bytes[lineEnd] == UInt8(ascii: "\r"), lineEnd + 1 < bytes.count, bytes[lineEnd + 1] == UInt8(ascii: "\n") {
                    lineEnd += 2
                } else {
                    continue
                }
            }
            let indent = String(decoding: bytes[lineStart..<tags[first].range.lowerBound], as: UTF8.self)
            for index in first...last {
                tags[index].indent = indent
                tags[index].cut = (index == first ? lineStart : tags[index].range.lowerBound)..<(index == last ? lineEnd : tags[index + 1].range.lowerBound)
            }
        }
    }

    private func path(_ name: String, at offset: Int) throws(TemplateSyntaxError) -> TemplatePath {
        let (line, column) = lineAndColumn(offset)
        if name == "." { return TemplatePath(parts: [], anchored: true, line: line, column: column) }
        let anchored = name.hasPrefix(".")
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst(anchored ? 1 : 0).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw error("\"\(name)\" is not a valid name", at: offset) }
        return TemplatePath(parts: parts, anchored: anchored, ids: parts.map(FieldName.id), line: line, column: column)
    }

    private func trimmed(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start + needle.count <= bytes.count else { return nil }
        let first = needle[0]
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private func lineAndColumn(_ offset: Int) -> (line: Int, column: Int) {
        let offset = min(offset, bytes.count)
        // The last line starting at or before the offset (lineStarts[0] is 0).
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        // Columns count characters, not bytes, as editors do.
        let column = String(decoding: bytes[lineStarts[low]..<offset], as: UTF8.self).count + 1
        return (low + 1, column)
    }

    private func location(_ offset: Int) -> String {
        let (line, column) = lineAndColumn(offset)
        return "\(line):\(column)"
    }

    private func reference(_ name: String, at offset: Int) -> TemplateReference {
        let (line, column) = lineAndColumn(offset)
        return TemplateReference(name: name, line: line, column: column)
    }

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        let (line, column) = lineAndColumn(offset)
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}
