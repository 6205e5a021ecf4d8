import OKRModel

/// Named templates that can include each other (`{{> partials/objective}}`) and extend each
/// other (`{{< layout}}`), parsed once and rendered by many threads at a time.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    public init() {}

    /// Parses `source` and registers it as `name`.
    public mutating func register(_ source: String, named name: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(source)
        templates[name] = try parser.parse()
    }

    public func template(named name: String) -> Template? {
        templates[name]
    }

    public var names: [String] { templates.keys.sorted() }

    /// Renders `name` with `value` as the outermost context; nil when there is no such template.
    public func render(_ value: TemplateValue, template name: String) -> String? {
        renderUTF8(value, template: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render` as UTF-8 bytes, for output that goes to a file.
    public func renderUTF8(_ value: TemplateValue, template name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(library: self, stack: [value])
        renderer.render(template.nodes, blocks: [:])
        return renderer.output
    }
}

/// One rendering: the output so far, the stack of contexts that names are looked up in,
/// and the indentation of the partial being rendered.
struct Renderer {
    let library: TemplateLibrary
    var stack: [TemplateValue]
    /// Bytes rather than a String: appending to an array is a copy, where a String append
    /// also keeps its count and flags up to date, which was an eighth of rendering.
    var output: [UInt8] = []
    var indent: [UInt8] = []
    var atLineStart = true
    var depth = 0

    /// Partials may include themselves (a team tree); a template that does so without end
    /// stops here instead of overflowing the stack.
    static let maximumDepth = 200

    init(library: TemplateLibrary, stack: [TemplateValue]) {
        self.library = library
        self.stack = stack
        output.reserveCapacity(32 * 1024)
    }

    mutating func render(_ nodes: [TemplateNode], blocks: [String: [TemplateNode]]) {
        for node in nodes {
            switch node {
            case .text(let text):
                if indent.isEmpty {
                    output += text.whole
                } else {
                    for line in text.lines {
                        if atLineStart { output += indent }
                        output += line
                        atLineStart = line.last == UInt8(ascii: "\n")
                    }
                }
            case .variable(let path, let escaped):
                let value = lookup(path)
                if !indent.isEmpty, atLineStart { output += indent }
                atLineStart = false
                switch value {
                case .text(let string): if escaped { HTMLEscape.append(string, to: &output) } else { output += string.utf8 }
                case .markup(let bytes):
                    if escaped { HTMLEscape.append(String(decoding: bytes, as: UTF8.self), to: &output) } else { output += bytes }
                case .int(let number): output += String(number).utf8
                case .bool(let flag): output += (flag ? "true" : "false").utf8
                case .null, .list, .object: break
                }
            case .section(let path, let body, let inverted):
                let value = lookup(path)
                if inverted {
                    if !isTruthy(value) { render(body, blocks: blocks) }
                    continue
                }
                switch value {
                case .null, .bool(false): break
                case .bool(true): render(body, blocks: blocks)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(body, blocks: blocks)
                        stack.removeLast()
                    }
                default:
                    stack.append(value)
                    render(body, blocks: blocks)
                    stack.removeLast()
                }
            case .partial(let name, let ownIndent):
                guard let template = library.template(named: name), depth < Self.maximumDepth else { continue }
                include(template, indent: ownIndent, blocks: [:])
            case .parent(let name, let ownIndent, let overrides):
                guard let template = library.template(named: name), depth < Self.maximumDepth else { continue }
                // Blocks given further out win over the ones given here, so a page can replace
                // what its layout's own parent would show.
                include(template, indent: ownIndent, blocks: overrides.merging(blocks) { _, outer in outer })
            case .block(let name, let fallback):
                render(blocks[name] ?? fallback, blocks: blocks)
            }
        }
    }

    private mutating func include(_ template: Template, indent ownIndent: String, blocks: [String: [TemplateNode]]) {
        let saved = indent
        indent += ownIndent.utf8
        // The tag's line was cut, so output is at a line start unless the tag shared its line.
        if !indent.isEmpty { atLineStart = output.isEmpty || output.last == UInt8(ascii: "\n") }
        depth += 1
        render(template.nodes, blocks: blocks)
        depth -= 1
        indent = saved
    }

    /// Mustache's lookup: the first enclosing context, innermost first, with a value for the
    /// first part of the name; the rest of the name is read inside that value only.
    private func lookup(_ path: TemplatePath) -> TemplateValue {
        guard let first = path.parts.first else { return stack.last ?? .null }
        let firstID = path.ids[0]
        var value = TemplateValue.null
        if path.anchored {
            value = stack.last?.field(id: firstID, named: first) ?? .null
        } else {
            // Read through the buffer: iterating the array copied each context (a retain and
            // a release per level of every lookup).
            value = stack.withUnsafeBufferPointer { contexts in
                var level = contexts.count - 1
                while level >= 0 {
                    let found = contexts[level].field(id: firstID, named: first)
                    if !found.isNull { return found }
                    level -= 1
                }
                return .null
            }
        }
        var index = 1
        while index < path.parts.count {
            if value.isNull { return .null }
            value = value.field(id: path.ids[index], named: path.parts[index])
            index += 1
        }
        return value
    }

    /// Shown by a section: anything but null, false and an empty list (an empty string too,
    /// as swift-mustache did, which the view models rely on by using nil for "nothing").
    private func isTruthy(_ value: TemplateValue) -> Bool {
        switch value {
        case .null, .bool(false): false
        case .list(let items): !items.isEmpty
        default: true
        }
    }
}
