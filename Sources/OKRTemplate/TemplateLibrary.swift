import OKRSupport

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
        renderer.render(template, steps: 0..<template.steps.count, blocks: [:])
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

    /// Blocks given by the parent tags further out, by name: which steps of which template.
    typealias Blocks = [String: (template: Template, steps: Range<Int>)]

    /// Partials may include themselves (a team tree); a template that does so without end
    /// stops here instead of overflowing the stack.
    static let maximumDepth = 200

    init(library: TemplateLibrary, stack: [TemplateValue]) {
        self.library = library
        self.stack = stack
        output.reserveCapacity(32 * 1024)
    }

    mutating func render(_ template: Template, steps range: Range<Int>, blocks: Blocks) {
        template.steps.withUnsafeBufferPointer { steps in
            template.text.withUnsafeBufferPointer { text in
                run(template, steps, text, range, blocks: blocks)
            }
        }
    }

    /// Renders `steps[range]`; a section's body is rendered by the same loop, with the same
    /// buffers, rather than by reaching into the template again.
    private mutating func run(
        _ template: Template, _ steps: UnsafeBufferPointer<Template.Step>, _ text: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>, blocks: Blocks
    ) {
        var index = range.lowerBound
        while index < range.upperBound {
            let step = steps[index]
            index += 1
            switch step {
            case .text(let start, let end):
                let bytes = UnsafeBufferPointer(rebasing: text[start..<end])
                if indent.isEmpty { output.append(contentsOf: bytes) } else { appendIndented(bytes) }
            case .variable(let path, let escaped):
                let value = lookup(template, path)
                if !indent.isEmpty, atLineStart { output += indent }
                atLineStart = false
                switch value {
                case .text(let string): if escaped { HTMLEscape.append(string, to: &output) } else { output += string.utf8 }
                case .markup(let bytes):
                    if escaped { HTMLEscape.append(String(decoding: bytes, as: UTF8.self), to: &output) } else { output += bytes }
                case .int(let number): DecimalDigits.appendGrouped(number, to: &output)
                case .bool(let flag): output += (flag ? "true" : "false").utf8
                case .null, .list, .box: break
                }
            case .section(let path, let inverted, let end):
                let value = lookup(template, path)
                let body = index..<end
                index = end
                if inverted {
                    if !isTruthy(value) { run(template, steps, text, body, blocks: blocks) }
                    continue
                }
                switch value {
                case .null, .bool(false): break
                case .bool(true): run(template, steps, text, body, blocks: blocks)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        run(template, steps, text, body, blocks: blocks)
                        stack.removeLast()
                    }
                default:
                    stack.append(value)
                    run(template, steps, text, body, blocks: blocks)
                    stack.removeLast()
                }
            case .partial(let name, let ownIndent):
                guard let partial = library.template(named: template.names[name]), depth < Self.maximumDepth else { continue }
                include(partial, indent: template.indents[ownIndent], blocks: [:])
            case .parent(let name, let ownIndent, let set, let end):
                index = end
                guard let parent = library.template(named: template.names[name]), depth < Self.maximumDepth else { continue }
                // Blocks given further out win over the ones given here, so a page can replace
                // what its layout's own parent would show.
                var given = blocks
                for (blockName, blockSteps) in template.blockSets[set] where given[blockName] == nil {
                    given[blockName] = (template, blockSteps)
                }
                include(parent, indent: template.indents[ownIndent], blocks: given)
            case .block(let name, let end):
                let fallback = index..<end
                index = end
                if let given = blocks[template.names[name]] {
                    render(given.template, steps: given.steps, blocks: blocks)
                } else {
                    run(template, steps, text, fallback, blocks: blocks)
                }
            }
        }
    }

    /// Text inside an indented partial: the indent goes before each line that starts here.
    private mutating func appendIndented(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd < bytes.count { lineEnd += 1 }
            if atLineStart { output += indent }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            atLineStart = bytes[lineEnd - 1] == UInt8(ascii: "\n")
            lineStart = lineEnd
        }
    }

    private mutating func include(_ template: Template, indent ownIndent: [UInt8], blocks: Blocks) {
        let saved = indent
        indent += ownIndent
        // The tag's line was cut, so output is at a line start unless the tag shared its line.
        if !indent.isEmpty { atLineStart = output.isEmpty || output.last == UInt8(ascii: "\n") }
        depth += 1
        render(template, steps: 0..<template.steps.count, blocks: blocks)
        depth -= 1
        indent = saved
    }

    /// Mustache's lookup: the first enclosing context, innermost first, with a value for the
    /// first part of the name; the rest of the name is read inside that value only.
    private func lookup(_ template: Template, _ number: Int) -> TemplateValue {
        let path = template.paths[number]
        guard path.start < path.end else { return stack.last ?? .null }
        let first = template.pathParts[path.start]
        var value = TemplateValue.null
        if path.anchored {
            value = stack.last?.field(id: first.id, named: first.name) ?? .null
        } else {
            // Read through the buffer: iterating the array copied each context (a retain and
            // a release per level of every lookup).
            value = stack.withUnsafeBufferPointer { contexts in
                var level = contexts.count - 1
                while level >= 0 {
                    let found = contexts[level].field(id: first.id, named: first.name)
                    if !found.isNull { return found }
                    level -= 1
                }
                return .null
            }
        }
        var index = path.start + 1
        while index < path.end {
            if value.isNull { return .null }
            let part = template.pathParts[index]
            value = value.field(id: part.id, named: part.name)
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
