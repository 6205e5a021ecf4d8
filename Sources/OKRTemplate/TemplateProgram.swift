/// A parsed template, compiled once into a flat list of steps that refer to their text, names
/// and paths by number. Rendering walks these steps without copying anything reference-counted:
/// walking the parsed tree retained and released each node's arrays at every visit, about a
/// fifth of the time a page spent in its templates.
public final class Template: Sendable {
    /// One thing to do. Only numbers, so reading a step costs no reference counting.
    enum Step {
        /// Copy `text[start..<end]`.
        case text(start: Int, end: Int)
        /// `{{name}}` (escaped) or `{{{name}}}`.
        case variable(path: Int, escaped: Bool)
        /// `{{#name}}` or `{{^name}}`: the body is the steps up to `end`, where rendering goes on.
        case section(path: Int, inverted: Bool, end: Int)
        /// `{{> name}}`, with the whitespace before a partial that stands alone on its line.
        case partial(name: Int, indent: Int)
        /// `{{< name}}`: render `name` with the blocks of `blockSets[blocks]`; the block bodies
        /// are the steps up to `end`, where rendering goes on.
        case parent(name: Int, indent: Int, blocks: Int, end: Int)
        /// `{{$ name}}`: a block given further out, else the default body up to `end`.
        case block(name: Int, end: Int)
    }

    /// A name to look up: its parts are `pathParts[start..<end]`.
    struct Path {
        var start: Int
        var end: Int
        /// `.name`: only the current value, not the enclosing ones.
        var anchored: Bool
    }

    /// A part of a name, with its `FieldName` number.
    struct PathPart {
        var id: Int
        var name: String
    }

    let steps: [Step]
    /// Every literal text of the template, one after the other, as UTF-8.
    let text: [UInt8]
    let paths: [Path]
    let pathParts: [PathPart]
    /// Where each path is written (line, column), for a theme check's messages; apart from
    /// `paths`, which rendering reads.
    let pathPlaces: [(line: Int, column: Int)]
    /// Names of partials, parents and blocks.
    let names: [String]
    /// Indents of partials and parents that stand alone on their lines.
    let indents: [[UInt8]]
    /// For each parent tag, its blocks by name: ranges of this template's steps.
    let blockSets: [[String: Range<Int>]]
    /// Partials and parents it names, with where, so a theme that names a missing template
    /// is reported instead of rendering nothing.
    public let references: [TemplateReference]

    init(_ nodes: [TemplateNode], references: [TemplateReference]) {
        var compiler = Compiler()
        compiler.add(nodes)
        steps = compiler.steps
        text = compiler.text
        paths = compiler.paths
        pathParts = compiler.pathParts
        pathPlaces = compiler.pathPlaces
        names = compiler.names
        indents = compiler.indents
        blockSets = compiler.blockSets
        self.references = references
    }

    /// Turns the parsed tree into steps, depth first, so a section's body directly follows it.
    private struct Compiler {
        var steps: [Step] = []
        var text: [UInt8] = []
        var paths: [Path] = []
        var pathParts: [PathPart] = []
        var pathPlaces: [(line: Int, column: Int)] = []
        var names: [String] = []
        var indents: [[UInt8]] = []
        var blockSets: [[String: Range<Int>]] = []

        mutating func add(_ nodes: [TemplateNode]) {
            for node in nodes { add(node) }
        }

        mutating func add(_ node: TemplateNode) {
            switch node {
            case .text(let bytes):
                steps.append(.text(start: text.count, end: text.count + bytes.count))
                text += bytes
            case .variable(let path, let escaped):
                steps.append(.variable(path: number(path), escaped: escaped))
            case .section(let path, let body, let inverted):
                let path = number(path)
                let at = open(.section(path: path, inverted: inverted, end: 0))
                add(body)
                steps[at] = .section(path: path, inverted: inverted, end: steps.count)
            case .partial(let name, let indent):
                steps.append(.partial(name: number(name: name), indent: number(indent: indent)))
            case .parent(let name, let indent, let blocks):
                let at = open(.parent(name: 0, indent: 0, blocks: 0, end: 0))
                var set: [String: Range<Int>] = [:]
                for (blockName, body) in blocks.sorted(by: { $0.key < $1.key }) {
                    let start = steps.count
                    add(body)
                    set[blockName] = start..<steps.count
                }
                blockSets.append(set)
                steps[at] = .parent(name: number(name: name), indent: number(indent: indent), blocks: blockSets.count - 1, end: steps.count)
            case .block(let name, let body):
                let at = open(.block(name: 0, end: 0))
                add(body)
                steps[at] = .block(name: number(name: name), end: steps.count)
            }
        }

        /// Adds a step whose end is filled in once its body is added.
        private mutating func open(_ step: Step) -> Int {
            steps.append(step)
            return steps.count - 1
        }

        private mutating func number(_ path: TemplatePath) -> Int {
            let start = pathParts.count
            pathParts += zip(path.ids, path.parts).map { PathPart(id: $0, name: $1) }
            paths.append(Path(start: start, end: pathParts.count, anchored: path.anchored))
            pathPlaces.append((path.line, path.column))
            return paths.count - 1
        }

        private mutating func number(name: String) -> Int {
            names.append(name)
            return names.count - 1
        }

        private mutating func number(indent: String) -> Int {
            indents.append(Array(indent.utf8))
            return indents.count - 1
        }
    }
}
