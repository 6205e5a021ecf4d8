import Foundation
import OKRLoader
import OKRModel
import OKRSupport

/// `okr-portal checkin`: a weekly check-in added to its key result's list in the OKR file, by
/// the tool rather than by hand, so the date, the quoting of a note ("@li.na: done") and the
/// indentation are right. Every other line of the file stays as the author wrote it.
public enum CheckInWriter {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    /// What the check-in records. One of `value`, `done`, `progress`, by the key result's kind.
    public struct Entry: Sendable {
        public var date: Day
        public var value: Double?
        public var done: Bool?
        public var progress: Double?
        public var confidence: Int?
        public var note: String?

        public init(date: Day, value: Double? = nil, done: Bool? = nil, progress: Double? = nil, confidence: Int? = nil, note: String? = nil) {
            self.date = date
            self.value = value
            self.done = done
            self.progress = progress
            self.confidence = confidence
            self.note = note
        }

        /// `{date: 2026-12-05, value: 36, confidence: 7, note: "…"}`: one line, the note as a
        /// JSON string (which YAML reads as a double-quoted one).
        var yaml: String {
            var fields = ["date: \(date)"]
            if let value { fields.append("value: \(CycleRollover.number(value))") }
            if let done { fields.append("done: \(done)") }
            if let progress { fields.append("progress: \(CycleRollover.number(progress))") }
            if let confidence { fields.append("confidence: \(confidence)") }
            if let note { fields.append("note: \(JSONWriter.quote(note))") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
    }

    /// The file's text with `entry` after the key result's last check-in. `keyResult` is
    /// where the key result's mapping starts and `checkIns` where each of its check-ins does
    /// (as the loader records them, lines and columns from 1).
    public static func adding(
        _ entry: Entry, toKeyResultAt keyResult: SourceLocation, checkIns: [SourceLocation], in text: String
    ) throws(Refused) -> String {
        var lines = text.components(separatedBy: "\n")
        let item = entry.yaml
        func characters(_ line: Int) -> [Character] { Array(lines[line - 1]) }
        func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }
        /// The lines after line `line` (from 1) that belong to its list item or mapping, being
        /// indented by `minimumIndent` or more: the index in `lines` after the last of them.
        /// Blank lines and comments after them are left below.
        func end(after line: Int, minimumIndent: Int) -> Int {
            var insertAt = line
            var probe = line
            while probe < lines.count {
                let text = lines[probe]
                let content = text.dropFirst(indent(text))
                if content.isEmpty || content.hasPrefix("#") { probe += 1; continue }
                guard indent(text) >= minimumIndent else { break }
                probe += 1
                insertAt = probe
            }
            return insertAt
        }

        if let last = checkIns.max(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
            let line = characters(last.line)
            let before = line.prefix(last.column - 1).reversed().first { $0 != " " }
            if before == "[" || before == "," {
                // A flow list, `checkins: [{…}, {…}]`: the new item goes before its "]", when
                // that is on the same line.
                guard let close = closingBracket(line, from: last.column - 1) else {
                    throw Refused(description: "line \(last.line): the check-ins are a [...] list over several lines; write one '- {…}' line per check-in to let this command add one")
                }
                lines[last.line - 1] = String(line[..<close]) + ", " + item + String(line[close...])
                return lines.joined(separator: "\n")
            }
            // A block list: "- {…}" or "- date: …" over several lines. The new item goes after
            // the last one's lines, at its dash.
            guard before == "-", let dash = line.prefix(last.column - 1).lastIndex(of: "-") else {
                throw Refused(description: "line \(last.line): cannot tell how the check-ins are written")
            }
            let insertAt = end(after: last.line, minimumIndent: dash + 1)
            lines.insert(String(repeating: " ", count: dash) + "- " + item, at: insertAt)
            return lines.joined(separator: "\n")
        }

        // No check-in yet.
        let line = characters(keyResult.line)
        let start = keyResult.column - 1
        if start < line.count, line[start] == "{" {
            // A flow key result, `- {title: …, start: 1, target: 5}`: a list of one is added
            // before its "}", when that is on the same line.
            guard let close = closingBrace(line, from: start) else {
                throw Refused(description: "line \(keyResult.line): the key result is a {...} mapping over several lines; write it as a block to let this command add a check-in")
            }
            lines[keyResult.line - 1] = String(line[..<close]) + ", checkins: [" + item + "]" + String(line[close...])
            return lines.joined(separator: "\n")
        }
        // A block key result: `checkins:` with the item, after the key result's last line.
        // An empty `checkins:` or `checkins: []` of its own is replaced.
        let insertAt = end(after: keyResult.line, minimumIndent: start)
        let keyIndent = String(repeating: " ", count: start)
        for index in (keyResult.line - 1)..<insertAt {
            let text = lines[index]
            guard indent(text) == start || index == keyResult.line - 1 else { continue }
            let key = text.dropFirst(index == keyResult.line - 1 ? start : indent(text))
            let value = key.hasPrefix("checkins:") ? key.dropFirst("checkins:".count).drop { $0 == " " } : nil
            if let value, value.isEmpty || value.hasPrefix("[]") || value.hasPrefix("~") || value.hasPrefix("null") || value.hasPrefix("#") {
                guard index != keyResult.line - 1 else { break }
                lines[index] = keyIndent + "checkins:"
                lines.insert(keyIndent + "  - " + item, at: index + 1)
                return lines.joined(separator: "\n")
            }
        }
        lines.insert(contentsOf: [keyIndent + "checkins:", keyIndent + "  - " + item], at: insertAt)
        return lines.joined(separator: "\n")
    }

    /// The index of the "]" that closes the flow list an item at `from` is in, on its line.
    static func closingBracket(_ line: [Character], from: Int) -> Int? {
        closing(line, from: from, depth: 1, closer: "]")
    }

    /// The index of the "}" that closes the flow mapping opened at `from`, on its line.
    static func closingBrace(_ line: [Character], from: Int) -> Int? {
        closing(line, from: from + 1, depth: 1, closer: "}")
    }

    /// Walks a line from `from`, skipping quoted text, until the bracket that brings the depth
    /// to zero; nil when the line ends first.
    private static func closing(_ line: [Character], from: Int, depth start: Int, closer: Character) -> Int? {
        var depth = start
        var quote: Character?
        var index = from
        while index < line.count {
            let character = line[index]
            if let open = quote {
                if character == "\\" && open == "\"" { index += 2; continue }
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" || character == "{" {
                depth += 1
            } else if character == "]" || character == "}" {
                depth -= 1
                if depth == 0 { return character == closer ? index : nil }
            } else if character == "#", index > 0, line[index - 1] == " " {
                return nil
            }
            index += 1
        }
        return nil
    }
}

extension CheckInWriter {
    /// Adds `entry` to key result `keyResult` ("O1/KR2") of `owner` in `cycle` (else the
    /// current one) and reads the file again; when it would not read back with the new
    /// check-in (one dated after `buildDate` does not), it is put back as it was.
    /// Returns the file, the check-in's line, and a warning when the check-in will not move the
    /// key result (a numeric one whose `current:` is written wins over its check-ins).
    public static func checkIn(
        _ entry: Entry, owner: Owner, keyResult reference: String, cycle cycleID: String?, contentFolder: URL, displayPrefix: String,
        templatesDirectory: URL?, buildDate: Day
    ) async throws(Refused) -> (path: String, line: Int, warning: String?) {
        let load = {
            await Site.loadContent(contentFolder, displayPrefix: displayPrefix, templatesDirectory: templatesDirectory, buildDate: buildDate)
        }
        let (content, before) = await load()
        guard let cycle = cycleID.map({ id in content.config.cycles.first { $0.id.lowercased() == id.lowercased() } })
            ?? content.config.currentCycle(on: entry.date) else {
            throw Refused(description: "no cycle '\(cycleID ?? "")' in portal.yaml" + Cycle.known(content.config.cycles, near: cycleID ?? ""))
        }
        // The file is written only when it reads cleanly now, so a problem after is ours.
        let paths = ["md", "yaml", "yml"].map { (displayPrefix.isEmpty ? "" : displayPrefix + "/") + "okrs/\(cycle.id)/\(owner.path).\($0)" }
        if let error = before.first(where: { $0.severity == .error && paths.contains($0.location.path) }) {
            throw Refused(description: "\(error.location.path) has errors; fix them first:\n\(error.location.path):\(error.location.line):\(error.location.column): \(error.message)")
        }
        guard let set = content.okrSets.first(where: { $0.cycle == cycle.id && $0.owner == owner }) else {
            throw Refused(description: "\(owner.path) has no OKRs in \(cycle.id) (okrs/\(cycle.id)/\(owner.path).md)")
        }
        let parts = reference.uppercased().split(separator: "/").map(String.init)
        guard parts.count == 2, let objective = set.objectives.first(where: { $0.id == parts[0] }) else {
            throw Refused(description: "'\(reference)' names no objective of \(owner.path) in \(cycle.id); write O<n>/KR<n> (it has \(set.objectives.map(\.id).joined(separator: ", ")))")
        }
        guard let keyResult = objective.keyResults.first(where: { $0.id == parts[1] }) else {
            throw Refused(description: "\(objective.id) of \(owner.path) has no key result \(parts[1]) (it has \(objective.keyResults.map(\.id).joined(separator: ", ")))")
        }
        let given = [("value", entry.value != nil), ("done", entry.done != nil), ("progress", entry.progress != nil)].filter(\.1).map(\.0)
        let wanted = switch keyResult.measure {
        case .numeric: "value"
        case .milestone: "done"
        case .manual: "progress"
        }
        guard given == [wanted] else {
            let how = ["value": "--value N (the number it stands at)", "done": "--done true or --done false", "progress": "--progress P (from 0 to 1)"][wanted]!
            throw Refused(description: "\(objective.id)/\(keyResult.id) is a \(wanted == "value" ? "numeric" : wanted == "done" ? "milestone" : "manual") key result: its check-in gives \(how)")
        }
        let relative = String(set.path.dropFirst(displayPrefix.isEmpty ? 0 : displayPrefix.count + 1))
        let file = contentFolder.appendingPathComponent(relative)
        let original: String
        do { original = try ContentSource.readText(atPath: file.path) } catch {
            throw Refused(description: "cannot read \(set.path): \(error)")
        }
        let updated = try adding(entry, toKeyResultAt: keyResult.location, checkIns: keyResult.checkIns.map(\.location), in: original)
        func write(_ text: String) throws(Refused) {
            do { try Data(text.utf8).write(to: file, options: .atomic) } catch {
                throw Refused(description: "cannot write \(set.path): \(error.localizedDescription)")
            }
        }
        try write(updated)
        // Read back: the file must hold the new check-in and no problem it did not have.
        let (after, problems) = await load()
        let errors = problems.filter { $0.severity == .error && $0.location.path == set.path }
        let added = after.okrSets.first { $0.cycle == cycle.id && $0.owner == owner }?
            .objectives.first { $0.id == objective.id }?.keyResults.first { $0.id == keyResult.id }?
            .checkIns.first { checkIn in !keyResult.checkIns.contains { $0.location == checkIn.location } }
        guard errors.isEmpty, let added else {
            try write(original)
            throw Refused(description: "the check-in would not read back, so \(set.path) is left as it was"
                + errors.map { "\n\($0.location.path):\($0.location.line):\($0.location.column): \($0.message)" }.joined())
        }
        var warning: String?
        if case .numeric(_, _, let current?, _) = keyResult.measure {
            warning = "current: \(CycleRollover.number(current)) is written in the file and wins over check-ins; remove it to let them set the value"
        }
        return (set.path, added.location.line, warning)
    }
}
