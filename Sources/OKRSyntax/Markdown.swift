import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown rendered to HTML by cmark-gfm, with the facts the portal needs from its outline.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    /// The text of every level-2 heading, in order.
    public var sectionTitles: [String]
    /// Each run of plain text holding an "@" (outside links and code), where it starts in the
    /// source: where the loader looks for mentions of people.
    public var textsWithAt: [SourceText]

    public init(html: String = "", sectionTitles: [String] = [], textsWithAt: [SourceText] = []) {
        self.html = html
        self.sectionTitles = sectionTitles
        self.textsWithAt = textsWithAt
    }
}

/// A run of text and where it starts in its source: line and column from 1, the column
/// counted in Unicode scalars as YAML positions are.
public struct SourceText: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var column: Int
}

/// Renders Markdown through the system cmark-gfm with the GitHub extensions (tables,
/// strikethrough, autolinks, tag filter, task lists). Raw HTML in the source is not passed
/// through: cmark's safe mode replaces it with a comment, so an OKR file cannot inject script.
public enum Markdown {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm keeps its extension registry in a process-wide list that is filled without a
    /// lock; Swift runs a static initializer exactly once, so every thread sees it filled.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm's inline parsing reads a process-wide table of special characters, which each
    /// parser fills with its extensions' characters (`~`, `:`, `w`…) when it starts on inlines
    /// and empties when it is done (cmark-gfm issue 221, pull request 176): a document parsed
    /// while another finishes loses its strikethrough and autolinks. Parsing holds this lock;
    /// a build's Markdown is well under 1% of its time, so serialising it costs nothing seen.
    private static let parsing = Mutex(())

    /// `headingsFrom` is the level the body's shallowest heading is shown at; deeper ones keep
    /// their distance below it (at most `<h6>`). A page puts a body under headings of its own,
    /// so an owner's "## Plan" must not become a peer of the section that holds it.
    /// `sectionTitles` still reads the levels as written.
    public static func render(_ source: String, headingsFrom: Int = 1) -> RenderedMarkdown {
        _ = registered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", sectionTitles: [])
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = Self.replacingControlCharacters(in: source)
        var parsed: OpaquePointer?
        parsing.withLock { _ in
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            parsed = cmark_parser_finish(parser)
        }
        guard let document = parsed else {
            return RenderedMarkdown(html: "", sectionTitles: [])
        }
        defer { cmark_node_free(document) }

        let titles = sectionTitles(in: document)
        let texts = text.utf8.contains(UInt8(ascii: "@")) ? textsWithAt(in: document, source: text) : []
        shiftHeadings(in: document, from: Int32(headingsFrom))
        var html = ""
        if let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) {
            html = String(cString: rendered)
            free(rendered)
        }
        return RenderedMarkdown(html: html, sectionTitles: titles, textsWithAt: texts)
    }

    /// The text nodes holding an "@" that are not inside a link (an autolinked e-mail address
    /// is one), with cmark's source positions. cmark counts columns in bytes and gives nodes
    /// made by an extension no position: those take their block's line and its first column.
    static func textsWithAt(in document: OpaquePointer, source: String) -> [SourceText] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        let bytes = Array(source.utf8)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
        // Nodes come in document order, so a line's columns are counted on from the last one
        // asked (a long line of many mentions is walked once, not once per mention).
        var counted = (line: 0, byte: 0, scalar: 0)
        /// The scalar column of a byte column on a line.
        func scalarColumn(line: Int, byteColumn: Int) -> Int {
            guard line >= 1, line <= lineStarts.count else { return 1 }
            let end = min(bytes.count, lineStarts[line - 1] + max(0, byteColumn - 1))
            if counted.line != line || counted.byte > end { counted = (line, lineStarts[line - 1], 0) }
            // Every byte that does not continue a UTF-8 sequence starts a scalar.
            counted.scalar += bytes[counted.byte..<end].count { $0 & 0xC0 != 0x80 }
            counted.byte = end
            return 1 + counted.scalar
        }
        var found: [SourceText] = []
        var linkDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                continue
            }
            guard event == CMARK_EVENT_ENTER, type == CMARK_NODE_TEXT, linkDepth == 0, let literal = cmark_node_get_literal(node) else { continue }
            let text = String(cString: literal)
            guard text.utf8.contains(UInt8(ascii: "@")) else { continue }
            var positioned: OpaquePointer? = node
            while let current = positioned, cmark_node_get_start_line(current) == 0 { positioned = cmark_node_parent(current) }
            let line = positioned.map { Int(cmark_node_get_start_line($0)) } ?? 1
            let column = positioned == node ? scalarColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))) : 1
            found.append(SourceText(text: text, line: max(1, line), column: column))
        }
        return found
    }

    static func shiftHeadings(in document: OpaquePointer, from top: Int32) {
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_HEADING {
                headings.append(node)
            }
        }
        guard let shallowest = headings.map({ cmark_node_get_heading_level($0) }).min(), shallowest != top else { return }
        for node in headings {
            _ = cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) - shallowest + top))
        }
    }

    /// C0 control characters other than tab and the line ends: HTML does not allow them, and
    /// the renderer marks paths in a page with two of them, so none may reach a page.
    public static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// Forbidden control characters become U+FFFD, as cmark already does for NUL.
    static func replacingControlCharacters(in source: String) -> String {
        // In UTF-8 every byte below 0x20 is the whole character.
        guard source.utf8.contains(where: { isForbiddenControl(Unicode.Scalar($0)) }) else { return source }
        return String(String.UnicodeScalarView(source.unicodeScalars.map { isForbiddenControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// Level-2 headings are the sections an owner writes ("Retrospective", "复盘").
    static func sectionTitles(in document: OpaquePointer) -> [String] {
        var titles: [String] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 2 {
                titles.append(plainText(of: node))
            }
            child = cmark_node_next(node)
        }
        return titles
    }

    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            }
        }
        return text.trimmingCharacters(in: [" ", "\t"])
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, set.contains(self[start]) { start = index(after: start) }
        while end > start, set.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
