import CYAML
import Foundation

/// Why a YAML text could not be read, with the position libyaml reported.
public struct YAMLError: Error, Sendable, Equatable {
    public var message: String
    public var position: SourcePosition
    /// The mend the message's advice names, when it is certain: `original` written at
    /// `position` becomes `replacement` (a missing comma, a value to put in quotes).
    public var mend: Mend?

    public struct Mend: Sendable, Equatable {
        public var position: SourcePosition
        public var original: String
        public var replacement: String
    }

    public init(message: String, position: SourcePosition) {
        self.message = message
        self.position = position
    }
}

/// Parses YAML through libyaml's event API into `YAMLNode` trees that keep positions.
///
/// libyaml reports 0-based lines and columns; `lineOffset` shifts them for text that begins
/// further down a file (front matter starts on line 2 of a Markdown file).
public enum YAMLParser {
    /// Upper bound on nodes produced by alias expansion, so a "billion laughs" document is
    /// refused instead of exhausting memory.
    static let maximumExpandedNodes = 1_000_000

    /// Upper bound on nesting. OKR files nest about six levels; libyaml's scanner does work in
    /// proportion to the depth for every token, so 200,000 nested `[` took minutes. Stopping
    /// at the first collection past the limit keeps parsing linear.
    static let maximumDepth = 256

    /// Parses a single-document YAML text. An empty text gives nil (no document).
    public static func parse(_ text: String, lineOffset: Int = 0) throws(YAMLError) -> YAMLNode? {
        var builder = TreeBuilder(lineOffset: lineOffset)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(message: "could not start the YAML parser", position: .init(line: 1 + lineOffset, column: 1))
        }
        defer { yaml_parser_delete(&parser) }

        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw builder.problem(of: parser, input: UnsafeBufferPointer(buffer))
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.consume(event)
                if builder.documentsSeen > 1 {
                    throw YAMLError(
                        message: "only one YAML document is allowed here",
                        position: builder.position(of: event.start_mark))
                }
            }
            return builder.root
        }
    }
}

/// Assembles nodes from the event stream with an explicit stack (no recursion, so deep
/// nesting cannot overflow the call stack).
private struct TreeBuilder {
    /// A collection still being read. Children are appended in place through the stack's
    /// last element, so long lists (a 50,000-person HR export) are never copied.
    struct Frame {
        var isMapping: Bool
        var start: SourcePosition
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
    }

    let lineOffset: Int
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var root: YAMLNode?
    var documentsSeen = 0
    var expandedNodes = 0

    init(lineOffset: Int) {
        self.lineOffset = lineOffset
    }

    func position(of mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    /// libyaml's problem mark is where it gave up. For a flow collection (`[…`, `{…`) or a
    /// quoted scalar left open, that is a later line; the mistake is where the construct
    /// opened (the context mark), so point there. Block structure errors keep the problem mark,
    /// which is the offending line.
    func problem(of parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let inputLength = input.count
        var message = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var mark = parser.problem_mark
        // libyaml's words for a tab in the indentation do not say it is a tab, and the tab
        // cannot be seen in most editors: say it, and what to write instead.
        let line = Self.line(in: input, Int(mark.line))
        var mend: YAMLError.Mend?
        if line.flatMap({ $0.unicodeScalars.dropFirst(Int(mark.column)).first }) == "\t" {
            message += " (a tab; YAML indents with spaces only)"
        } else if let line, let (advice, key) = Self.commaAdvice(message, line: line, column: Int(mark.column)) {
            message += advice
            mark.column -= key  // at the key after the missing comma, not at its ":"
            // Mended at the space before the key: " value" becomes ", value".
            var space = mark
            space.column -= 1
            let keyText = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(Int(mark.column)).prefix(key)))
            mend = YAMLError.Mend(position: position(of: space), original: " " + keyText, replacement: ", " + keyText)
        } else if let line, let advice = Self.bracesAdvice(message, line: line) {
            message += advice
        } else if let line, let quoting = Self.quotingAdvice(message, line: line, column: Int(mark.column)) {
            message += quoting.advice
            var start = mark
            start.column = Int(quoting.valueColumn)
            mend = YAMLError.Mend(position: position(of: start), original: quoting.value, replacement: YAMLParser.quoted(quoting.value))
        }
        if let context = parser.context {
            let contextText = String(cString: context)
            message = "\(contextText): \(message)"
            // A flow collection left open ends on a later line: point where it opened. One that
            // is only missing a comma stops on its own line, at the field after the gap.
            let sameLine = mark.index < inputLength && mark.line == parser.context_mark.line
            if mark.index >= inputLength || (contextText.contains("flow") && !sameLine) || contextText.contains("quoted") {
                mark = parser.context_mark
            }
        }
        var error = YAMLError(message: message, position: position(of: mark))
        error.mend = mend
        return error
    }

    /// A 0-based line of the input (libyaml counts lines and characters).
    static func line(in input: UnsafeBufferPointer<UInt8>, _ line: Int) -> String? {
        var start = 0
        for _ in 0..<line {
            guard let newline = input[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
        }
        let end = input[start...].firstIndex(of: UInt8(ascii: "\n")) ?? input.count
        return String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
    }

    /// Several fields on one line without their braces (`- date: 2026-11-02, value: 3`): the
    /// first value runs into the next key. The advice writes the line as a `{…}` mapping.
    static func bracesAdvice(_ message: String, line: String) -> String? {
        guard message.hasPrefix("mapping values are not allowed") else { return nil }
        let body = line.drop { $0 == " " }
        let item = body.hasPrefix("- ") ? "- " : ""
        let fields = body.dropFirst(item.count)
        guard let first = fields.range(of: #"^[A-Za-z_]+: [^{\["'][^,]*, *[A-Za-z_]+: "#, options: .regularExpression), !first.isEmpty else { return nil }
        let written = fields.trimmingCharacters(in: .whitespaces)
        return " (several fields on one line go in braces: \(item){\(written)})"
    }

    /// A field of a `{…}` mapping after another without the comma between them (`{date:
    /// 2026-11-02 value: 3}`): libyaml stops at the second key.
    /// Returns the advice and the length of the key, in characters.
    static func commaAdvice(_ message: String, line: String, column: Int) -> (String, Int)? {
        guard message.hasPrefix("did not find expected ',' or '}'") else { return nil }
        // libyaml stops at the second key's ":".
        let scalars = line.unicodeScalars
        guard column < scalars.count, Array(scalars)[column] == ":" else { return nil }
        let before = String(String.UnicodeScalarView(scalars.prefix(column)))
        guard let key = before.range(of: #"[A-Za-z_]+$"#, options: .regularExpression), before[..<key.lowerBound].hasSuffix(" ") else { return nil }
        return (" (a comma is missing before '\(before[key]):')", before[key].unicodeScalars.count)
    }

    /// The two mistakes of plain text that libyaml reports in its own terms: a value with
    /// ": " in it ("title: Launch: phase 2" reads as a key inside a value) and a value that
    /// starts with "@" or "`" (reserved by YAML, and a mention begins with "@"). Both need
    /// quotes; the advice quotes the author's own value. `column` is where libyaml stopped.
    static func quotingAdvice(_ message: String, line: String, column: Int) -> (advice: String, value: String, valueColumn: Int)? {
        let scalars = Array(line.unicodeScalars)
        guard column < scalars.count else { return nil }
        let found = scalars[column]
        let colonInValue = message.hasPrefix("mapping values are not allowed")
        let reserved = message.hasPrefix("found character that cannot start any token") && (found == "@" || found == "`")
        guard colonInValue || reserved else { return nil }
        // The "key: value" around the column: from the last "{" or ", " before it (inside a
        // {…} mapping) or the line's start, to the "}" or ", key:" after it or the line's end.
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var start = 0, end = scalars.count, inFlow = false
        for index in stride(from: column - 1, through: 0, by: -1) {
            if scalars[index] == "{" || (scalars[index] == "," && index + 1 < scalars.count && scalars[index + 1] == " ") {
                start = index + 1
                inFlow = true
                break
            }
        }
        if inFlow {
            var index = column
            while index < scalars.count {
                if scalars[index] == "}" { end = index; break }
                if scalars[index] == ",", text(index..<scalars.count).range(of: #"^, *[A-Za-z_]+: "#, options: .regularExpression) != nil {
                    end = index
                    break
                }
                index += 1
            }
        }
        let pair = text(start..<end).trimmingCharacters(in: CharacterSet(charactersIn: " -"))
        guard let colon = pair.range(of: ": ") else { return nil }
        let key = pair[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        let value = pair[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !value.isEmpty, !key.contains(" ") else { return nil }
        let why = colonInValue ? "a \": \" inside a value starts another key" : "YAML keeps \"\(found)\" from starting a plain value"
        // Where the value starts: after the first "key: " from the pair's start, and spaces.
        var valueColumn = -1
        let keyColon = Array((key + ": ").unicodeScalars)
        if let at = (start..<max(start, end - keyColon.count + 1)).first(where: { scalars[$0..<$0 + keyColon.count].elementsEqual(keyColon) }) {
            var index = at + keyColon.count
            while index < end, scalars[index] == " " { index += 1 }
            let valueScalars = Array(value.unicodeScalars)
            if index + valueScalars.count <= scalars.count, scalars[index..<index + valueScalars.count].elementsEqual(valueScalars) { valueColumn = index }
        }
        guard valueColumn >= 0 else { return nil }
        return (" (\(why); put the value in quotes: \(key): \(YAMLParser.quoted(value)))", value, valueColumn)
    }

    static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    static func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    mutating func consume(_ event: yaml_event_t) throws(YAMLError) {
        let at = position(of: event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentsSeen += 1
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = Self.text(scalar.value, length: scalar.length)
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
            let node = YAMLNode(.scalar(text, plain: plain), at: at)
            if let anchor = Self.anchorName(scalar.anchor) { anchors[anchor] = (node, 1) }
            add(node)
        case YAML_ALIAS_EVENT:
            let name = Self.anchorName(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw YAMLError(message: "unknown alias *\(name)", position: at)
            }
            expandedNodes += target.size
            if expandedNodes > YAMLParser.maximumExpandedNodes {
                throw YAMLError(message: "aliases expand to too many nodes", position: at)
            }
            add(YAMLNode(target.node.value, at: at))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < YAMLParser.maximumDepth else {
                throw YAMLError(message: "collections nested more than \(YAMLParser.maximumDepth) levels deep", position: at)
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            var frame = Frame(isMapping: isMapping, start: at, anchor: Self.anchorName(anchor))
            // Room for a typical collection at once (a check-in's three or four keys, a key
            // result's weekly check-ins) instead of growing 1, 2, 4, 8: millions are read.
            if isMapping { frame.pairs.reserveCapacity(4) } else { frame.items.reserveCapacity(8) }
            stack.append(frame)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node = YAMLNode(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.start)
            if let anchor = frame.anchor { anchors[anchor] = (node, Self.size(of: node)) }
            add(node)
        default:
            break
        }
    }

    static func size(of node: YAMLNode) -> Int {
        var count = 0
        var pending = [node]
        while let next = pending.popLast() {
            count += 1
            switch next.value {
            case .scalar: break
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let pairs):
                for pair in pairs { pending.append(pair.key); pending.append(pair.value) }
            }
        }
        return count
    }

    mutating func add(_ node: YAMLNode) {
        let last = stack.count - 1
        guard last >= 0 else {
            root = node
            return
        }
        if !stack[last].isMapping {
            stack[last].items.append(node)
        } else if let key = stack[last].pendingKey {
            stack[last].pairs.append(YAMLPair(key: key, value: node))
            stack[last].pendingKey = nil
        } else {
            stack[last].pendingKey = node
        }
    }
}

extension YAMLParser {
    /// `text` as a quoted YAML scalar, the way an author would write it in a message's advice:
    /// in double quotes, or in single quotes (a ' doubled) when it holds a double quote or a
    /// backslash, which double quotes would read as an escape ("C:\docs" is no text there).
    public static func quoted(_ text: String) -> String {
        text.contains("\"") || text.contains("\\") ? "'\(text.replacingOccurrences(of: "'", with: "''"))'" : "\"\(text)\""
    }
}
