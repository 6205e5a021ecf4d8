/// What templates may read, by type, so a theme can be checked before anything is rendered:
/// a name that no context has renders nothing, which Mustache does not report, so a field
/// misspelt or moved in a theme would otherwise go unseen.
public struct TemplateSchema: Sendable {
    /// What a field holds, as far as a section or a dotted name cares.
    public enum Shape: Sendable, Hashable {
        /// Text, a number, a flag or markup: no fields; a section over it leaves the names
        /// around it as they were.
        case scalar
        /// Something whose fields are not known here (a dictionary): any name may be in it.
        case opaque
        /// A named type of `types`, or a list of them (a section over it is over each).
        case object(String)
    }

    public var types: [String: [String: Shape]]

    public init(types: [String: [String: Shape]]) {
        self.types = types
    }
}

/// A name a template reads that is not there in the place it is read.
public struct UnknownField: Sendable, Hashable {
    /// The template, by its name in the library (`pages/home`).
    public var template: String
    public var line: Int
    public var column: Int
    /// The name as written (`owner.nmae`).
    public var written: String
    /// The part of it that is not there (`nmae`).
    public var missing: String
    /// The type that was searched for that part: the innermost one for a plain name, the
    /// value's for a part after a dot.
    public var searched: String
    /// Names that would be found in its place: the fields of the types searched.
    public var candidates: [String]
    /// Paths one level further in that end in the missing name (`owner.objectives` for
    /// `objectives`), when a field of the types searched holds it.
    public var deeper: [String]
}

extension TemplateLibrary {
    /// Every name that the `roots` templates and what they include read where nothing holds
    /// it, each root given its outermost contexts (innermost last, as the renderer's stack).
    /// A partial reached from several places is told only about a name that none of them
    /// holds: one that reads a field only some pages have (and renders nothing on the others)
    /// is how partials are shared.
    public func unknownFields(roots: [(template: String, contexts: [TemplateSchema.Shape])], schema: TemplateSchema) -> [UnknownField] {
        var checker = TemplateChecker(library: self, schema: schema)
        for root in roots {
            guard let template = self.template(named: root.template) else { continue }
            checker.check(template, named: root.template, steps: 0..<template.steps.count, stack: root.contexts, blocks: [:])
        }
        return checker.unknown.filter { !checker.found.contains($0.key) }.values
            .sorted { ($0.template, $0.line, $0.column) < ($1.template, $1.line, $1.column) }
    }
}

/// Walks templates as the renderer would, with the types of the values in place of the values.
private struct TemplateChecker {
    let library: TemplateLibrary
    let schema: TemplateSchema
    /// Places (template name and path number) where a name was not there, the first time.
    var unknown: [String: UnknownField] = [:]
    /// Places where it was there, at least once.
    var found: Set<String> = []
    /// Templates already walked with the same contexts and blocks (a partial used in a list
    /// is walked once, and one that includes itself ends).
    var walked: Set<WalkKey> = []
    /// Partials and parents being walked inside each other, bounded as when rendering.
    var depth = 0

    struct WalkKey: Hashable {
        var template: String
        var stack: [TemplateSchema.Shape]
        /// Each block given, as "name=template@steps".
        var blocks: [String]
    }

    typealias Blocks = [String: (templateName: String, template: Template, steps: Range<Int>)]

    mutating func check(_ template: Template, named name: String, steps range: Range<Int>, stack: [TemplateSchema.Shape], blocks: Blocks) {
        var index = range.lowerBound
        while index < range.upperBound {
            let step = template.steps[index]
            index += 1
            switch step {
            case .text:
                continue
            case .variable(let path, _):
                _ = resolve(template, named: name, path, stack, inSection: false)
            case .section(let path, let inverted, let end):
                let shape = resolve(template, named: name, path, stack, inSection: true)
                let body = index..<end
                index = end
                switch shape {
                case .object where !inverted, .opaque where !inverted:
                    check(template, named: name, steps: body, stack: Self.pushing(shape, onto: stack), blocks: blocks)
                default:
                    check(template, named: name, steps: body, stack: stack, blocks: blocks)
                }
            case .partial(let partialName, _):
                let partial = template.names[partialName]
                guard let included = library.template(named: partial), depth < Renderer.maximumDepth, enter(partial, stack, blocks: [:]) else { continue }
                depth += 1
                check(included, named: partial, steps: 0..<included.steps.count, stack: stack, blocks: [:])
                depth -= 1
            case .parent(let parentName, _, let set, let end):
                index = end
                let parent = template.names[parentName]
                var given = blocks
                for (blockName, blockSteps) in template.blockSets[set] where given[blockName] == nil {
                    given[blockName] = (name, template, blockSteps)
                }
                guard let included = library.template(named: parent), depth < Renderer.maximumDepth, enter(parent, stack, blocks: given) else { continue }
                depth += 1
                check(included, named: parent, steps: 0..<included.steps.count, stack: stack, blocks: given)
                depth -= 1
            case .block(let blockName, let end):
                let fallback = index..<end
                index = end
                if let block = blocks[template.names[blockName]] {
                    check(block.template, named: block.templateName, steps: block.steps, stack: stack, blocks: blocks)
                } else {
                    check(template, named: name, steps: fallback, stack: stack, blocks: blocks)
                }
            }
        }
    }

    /// `stack` with `shape` innermost. A type already in it is taken out further out: the new
    /// one answers every name the old one would, first, so lookups find the same, and a
    /// partial that includes itself for each level of a tree reaches a stack it has seen.
    static func pushing(_ shape: TemplateSchema.Shape, onto stack: [TemplateSchema.Shape]) -> [TemplateSchema.Shape] {
        stack.filter { $0 != shape } + [shape]
    }

    /// How many ways of reaching a template are walked at most. A theme's partials could
    /// include each other under sections of ever other types; past this the check stops
    /// rather than take its time (the built-in theme needs 89).
    static let walkLimit = 5_000

    /// Whether `template` is yet to be walked with these contexts and blocks; marks it walked.
    private mutating func enter(_ template: String, _ stack: [TemplateSchema.Shape], blocks: Blocks) -> Bool {
        guard walked.count < Self.walkLimit else { return false }
        let given = blocks.isEmpty ? [] : blocks.keys.sorted().map { "\($0)=\(blocks[$0]!.templateName)@\(blocks[$0]!.steps)" }
        return walked.insert(WalkKey(template: template, stack: stack, blocks: given)).inserted
    }

    /// What the path holds, as the renderer's lookup finds it; `.opaque` when that cannot be
    /// told, after reporting a name that is not there.
    private mutating func resolve(
        _ template: Template, named name: String, _ number: Int, _ stack: [TemplateSchema.Shape], inSection: Bool
    ) -> TemplateSchema.Shape {
        let path = template.paths[number]
        guard path.start < path.end else { return stack.last ?? .opaque }
        let parts = template.pathParts[path.start..<path.end].map(\.name)
        var shape: TemplateSchema.Shape
        let searched = path.anchored ? Array(stack.suffix(1)) : stack
        if let first = lookUp(parts[0], in: searched) {
            shape = first
        } else {
            report(template, named: name, number, parts, missing: 0, searched: searched, inSection: inSection)
            return .opaque
        }
        for (position, part) in parts.enumerated().dropFirst() {
            switch shape {
            case .opaque:
                return .opaque
            case .scalar:
                report(template, named: name, number, parts, missing: position, searched: [shape], inSection: inSection)
                return .opaque
            case .object(let type):
                guard let next = schema.types[type]?[part] else {
                    report(template, named: name, number, parts, missing: position, searched: [shape], inSection: inSection)
                    return .opaque
                }
                shape = next
            }
        }
        found.insert("\(name)#\(number)")
        return shape
    }

    /// The innermost context that has `name`, as Mustache looks it up; `.opaque` when an
    /// unknown context comes first (it may hold it), nil when none has it.
    private func lookUp(_ name: String, in stack: [TemplateSchema.Shape]) -> TemplateSchema.Shape? {
        for context in stack.reversed() {
            switch context {
            case .opaque: return .opaque
            case .scalar: continue
            case .object(let type): if let shape = schema.types[type]?[name] { return shape }
            }
        }
        return nil
    }

    private mutating func report(
        _ template: Template, named name: String, _ number: Int, _ parts: [String], missing: Int, searched: [TemplateSchema.Shape], inSection: Bool
    ) {
        guard unknown["\(name)#\(number)"] == nil else { return }
        let types = searched.reversed().compactMap { shape -> String? in
            if case .object(let type) = shape { return type }
            return nil
        }
        let fields = types.flatMap { schema.types[$0]?.keys.sorted() ?? [] }
        // A field of a searched type that holds the name: a section or a dot was left out.
        // A section most likely meant a list or an object, a variable a value to print.
        let deeper = types.flatMap { type in
            (schema.types[type] ?? [:]).sorted { $0.key < $1.key }.compactMap { field, shape -> (path: String, fits: Bool)? in
                guard case .object(let inner) = shape, let held = schema.types[inner]?[parts[missing]] else { return nil }
                let isValue = held == .scalar
                return ((parts[..<missing] + [field, parts[missing]]).joined(separator: "."), isValue != inSection)
            }
        }
        let fitting = deeper.filter(\.fits)
        let place = template.pathPlaces[number]
        unknown["\(name)#\(number)"] = UnknownField(
            template: name, line: place.line, column: place.column, written: (template.paths[number].anchored ? "." : "") + parts.joined(separator: "."),
            missing: parts[missing], searched: types.first ?? "a value without fields", candidates: fields, deeper: (fitting.isEmpty ? deeper : fitting).map(\.path))
    }
}
