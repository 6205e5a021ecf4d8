import Foundation
import OKRLoader
import OKRModel
import OKRSupport
import OKRSyntax

/// `okr-portal cycle add` and `cycle carry`: the end of a quarter, done by the tool rather than
/// by hand. Both edit the sources as text, so what a person wrote (comments, order, quoting)
/// stays as it was.
public enum CycleRollover {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    // MARK: cycle add

    /// `portal.yaml`'s text with the cycle added as the last item of its `cycles:` list, in
    /// the indentation of the items before it; every other line unchanged.
    public static func addingCycle(id: String, start: Day, end: Day, name: String? = nil, to text: String) throws(Refused) -> String {
        guard Identifier.isValid(id.lowercased()) else {
            throw Refused(description: "'\(id)' cannot be a cycle id: use letters, digits, '.', '_' and '-' (e.g. 2027-Q1)")
        }
        guard start <= end else { throw Refused(description: "the cycle ends (\(end)) before it starts (\(start))") }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text)
        } catch {
            throw Refused(description: "portal.yaml:\(error.position.line):\(error.position.column): \(error.message); fix it first")
        }
        var item = "{id: \(JSONWriter.quote(id)), "
        if let name { item += "name: \(JSONWriter.quote(name)), " }
        item += "start: \(start), end: \(end)}"

        guard case .mapping(let pairs)? = root?.value, let cycles = pairs.first(where: { $0.keyText == "cycles" }) else {
            // No list yet: start one at the end of the file.
            let end = text.contains("\r\n") ? "\r\n" : "\n"
            return text + (text.isEmpty || text.hasSuffix("\n") ? "" : end) + "cycles:\(end)  - \(item)\(end)"
        }
        guard case .sequence(let items) = cycles.value.value else {
            throw Refused(description: "portal.yaml:\(cycles.value.position.line): cycles is not a list")
        }
        for existing in items {
            if case .mapping(let fields) = existing.value,
               case .scalar(let existingID, _)? = fields.first(where: { $0.keyText == "id" })?.value.value,
               existingID.lowercased() == id.lowercased() {
                throw Refused(description: "portal.yaml:\(existing.position.line): cycle '\(existingID)' is already defined")
            }
        }
        var lines = EditableLines(text)
        guard let last = items.last else {
            throw Refused(description: "portal.yaml:\(cycles.value.position.line): the cycles list is empty and written inline; write `cycles:` with one `- {…}` line per cycle")
        }
        // The last item's line, and its dash: an item written inline (`cycles: [{…}]`) has none.
        guard lines.has(line: last.position.line) else { throw Refused(description: "portal.yaml: cannot find the last cycle's line") }
        let itemLine = lines.lines[last.position.line - 1]
        let dash = EditableLines.indent(itemLine)
        guard itemLine.dropFirst(dash).hasPrefix("-") else {
            throw Refused(description: "portal.yaml:\(last.position.line): the cycles are written inline ([…]); write one `- {…}` line per cycle to let `cycle add` extend the list")
        }
        // After the last item's own lines (those indented deeper than its dash), before any
        // blank line or comment that follows the list.
        lines.insert([String(repeating: " ", count: dash) + "- " + item], at: lines.end(after: last.position.line, minimumIndent: dash + 1))
        return lines.text
    }

    // MARK: cycle carry

    /// One new OKR file: where it goes (relative to the content folder) and its text.
    public struct CarriedFile: Sendable, Equatable {
        public var path: String
        public var text: String
        public var objectives: Int
        public var owner: Owner
        public var cycle: String
    }

    /// For each owner (or only `owner`) with unfinished objectives in cycle `from`, a file for
    /// cycle `to` holding those objectives: their unfinished key results starting where they
    /// stand, no check-ins, no alignment (the old targets belong to the old cycle), and a
    /// `carried_from:` back to the old objective.
    public static func carriedFiles(from: String, to: String, owner: Owner? = nil, content: PortalContent) -> [CarriedFile] {
        var files: [CarriedFile] = []
        for set in content.okrSets where set.cycle == from && (owner == nil || set.owner == owner) {
            let unfinished = set.objectives.filter { $0.progress < 1 && $0.score == nil }
            guard !unfinished.isEmpty else { continue }
            var text = """
            ---
            # Carried from \(from) by `okr-portal cycle carry`: the objectives not finished there,
            # each key result starting where it stood. Drop what no longer matters, align to
            # this cycle's objectives and set the targets for \(to).
            objectives:

            """
            for objective in unfinished {
                text += "  - title: \(yaml(objective.title))\n"
                text += "    carried_from: \(JSONWriter.quote("\(from):\(set.owner.path)/\(objective.id)"))\n"
                if objective.type == .committed { text += "    type: committed\n" }
                if let priority = objective.priority { text += "    priority: P\(priority)\n" }
                // Carried without it, a confidential objective would be published next cycle.
                if objective.confidential { text += "    confidential: true\n" }
                let open = objective.keyResults.filter { $0.progress < 1 }
                let keyResults = open.isEmpty ? objective.keyResults : open
                if !keyResults.isEmpty { text += "    key_results:\n" }
                for keyResult in keyResults {
                    text += "      - title: \(yaml(keyResult.title))\n"
                    switch keyResult.measure {
                    case .numeric(let start, let target, _, let unit):
                        text += "        start: \(number(keyResult.currentValue ?? start))\n"
                        text += "        target: \(number(target))\n"
                        if let unit { text += "        unit: \(JSONWriter.quote(unit))\n" }
                    case .milestone:
                        text += "        done: false\n"
                    case .manual:
                        text += "        progress: 0\n"
                    }
                    if let owner = keyResult.owner { text += "        owner: \(JSONWriter.quote(Owner.person(owner).path))\n" }
                }
            }
            text += "---\n"
            files.append(CarriedFile(
                path: OKRFilePaths.all(owner: set.owner, cycle: to)[0], text: text, objectives: unfinished.count, owner: set.owner, cycle: to))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Writes each file under `root` unless a file of that owner and cycle is already there
    /// (as `.md`, `.yaml` or `.yml`): those are left as they were and returned as refused.
    public static func write(_ files: [CarriedFile], into root: URL) throws -> (written: [CarriedFile], refused: [String]) {
        var written: [CarriedFile] = [], refused: [String] = []
        for file in files {
            let target = root.appendingPathComponent(file.path)
            if OKRFilePaths.existing(owner: file.owner, cycle: file.cycle, in: root) != nil {
                refused.append(file.path)
                continue
            }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Created, never replaced, even by a file that appeared since the check.
            try Data(file.text.utf8).write(to: target, options: .withoutOverwriting)
            written.append(file)
        }
        return (written, refused)
    }

    /// A title as YAML: a quoted string, or a flow mapping of its languages.
    static func yaml(_ text: LocalizedText) -> String {
        if text.variants.count == 1, text.variants[0].language.isEmpty { return JSONWriter.quote(text.variants[0].text) }
        // Only a plain title has the unnamed variant; a mapping names every language.
        return "{" + text.variants.map { "\($0.language): \(JSONWriter.quote($0.text))" }.joined(separator: ", ") + "}"
    }

    static func number(_ value: Double) -> String {
        let text = String(value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
