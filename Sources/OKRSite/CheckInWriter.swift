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

    /// The file's text with `checkIn` after the key result's last check-in. `keyResult` is
    /// where the key result's mapping starts and `checkIns` where each of its check-ins does
    /// (as the loader records them, lines and columns from 1).
    public static func adding(
        _ checkIn: CheckIn, toKeyResultAt keyResult: SourceLocation, checkIns: [SourceLocation], in text: String
    ) throws(Refused) -> String {
        var lines = EditableLines(text)
        let flow = checkIn.flowYAML
        let item = Array(flow.unicodeScalars)
        for location in checkIns + [keyResult] where !lines.has(line: location.line) {
            throw Refused(description: "line \(location.line) is not in the file as read")
        }

        if let last = checkIns.max(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
            let line = lines.scalars(last.line)
            let start = min(last.column - 1, line.count)
            let before = line[..<start].reversed().first { $0 != " " }
            if before == "[" || before == "," {
                // A flow list, `checkins: [{…}, {…}]`: the new item goes before its "]", when
                // that is on the same line.
                guard let close = closing(line, from: start, closer: "]") else {
                    throw Refused(description: "line \(last.line): the check-ins are a [...] list over several lines; write one '- {…}' line per check-in to let this command add one")
                }
                lines.replace(line: last.line, with: line[..<close] + Array(", ".unicodeScalars) + item + line[close...])
                return lines.text
            }
            // A block list: "- {…}" or "- date: …" over several lines. The new item goes after
            // the last one's lines, at its dash.
            guard before == "-", let dash = line[..<start].lastIndex(of: "-") else {
                throw Refused(description: "line \(last.line): cannot tell how the check-ins are written")
            }
            lines.insert([String(repeating: " ", count: dash) + "- " + flow], at: lines.end(after: last.line, minimumIndent: dash + 1))
            return lines.text
        }

        // No check-in yet.
        let line = lines.scalars(keyResult.line)
        let start = keyResult.column - 1
        if start < line.count, line[start] == "{" {
            // A flow key result, `- {title: …, start: 1, target: 5}`: a list of one is added
            // before its "}", when that is on the same line.
            guard let close = closing(line, from: start + 1, closer: "}") else {
                throw Refused(description: "line \(keyResult.line): the key result is a {...} mapping over several lines; write it as a block to let this command add a check-in")
            }
            lines.replace(line: keyResult.line, with: line[..<close] + Array(", checkins: [".unicodeScalars) + item + ["]"] + line[close...])
            return lines.text
        }
        // A block key result: `checkins:` with the item, after the key result's last line.
        // An empty `checkins:` or `checkins: []` of its own is replaced.
        let insertAt = lines.end(after: keyResult.line, minimumIndent: start)
        let keyIndent = String(repeating: " ", count: start)
        for number in (keyResult.line + 1)...max(keyResult.line + 1, insertAt) where lines.has(line: number) {
            let text = String(String.UnicodeScalarView(lines.scalars(number)))  // without its "\r"
            guard EditableLines.indent(text) == start, text.dropFirst(start).hasPrefix("checkins:") else { continue }
            let value = text.dropFirst(start + "checkins:".count).drop { $0 == " " }
            guard value.isEmpty || value.hasPrefix("[]") || value.hasPrefix("~") || value.hasPrefix("null") || value.hasPrefix("#") else { break }
            lines.replace(line: number, with: (keyIndent + "checkins:").unicodeScalars)
            lines.insert([keyIndent + "  - " + flow], at: number)
            return lines.text
        }
        lines.insert([keyIndent + "checkins:", keyIndent + "  - " + flow], at: insertAt)
        return lines.text
    }

    /// Walks a line from `from`, skipping quoted text, to the bracket that closes the flow
    /// collection `from` is inside; its index when that is `closer`, nil when the line (or a
    /// comment) ends first.
    static func closing(_ line: [Unicode.Scalar], from: Int, closer: Unicode.Scalar) -> Int? {
        var depth = 1
        for (index, scalar) in flowSyntax(line, from: from) {
            if scalar == "[" || scalar == "{" {
                depth += 1
            } else if scalar == "]" || scalar == "}" {
                depth -= 1
                if depth == 0 { return scalar == closer ? index : nil }
            }
        }
        return nil
    }

    /// The brackets, braces, commas, colons and quote marks of a YAML flow collection's line
    /// from `from` on, with their indices: quoted text is skipped (a quote mark that opens
    /// one is listed), and a comment ends the line.
    static func flowSyntax(_ line: [Unicode.Scalar], from: Int, to end: Int? = nil) -> [(index: Int, scalar: Unicode.Scalar)] {
        var found: [(index: Int, scalar: Unicode.Scalar)] = []
        var quote: Unicode.Scalar?
        var index = from
        let end = min(end ?? line.count, line.count)
        while index < end {
            let scalar = line[index]
            if let open = quote {
                if scalar == "\\" && open == "\"" { index += 2; continue }
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
                found.append((index, scalar))
            } else if "[]{},:".unicodeScalars.contains(scalar) {
                found.append((index, scalar))
            } else if scalar == "#", index > 0, line[index - 1] == " " {
                break
            }
            index += 1
        }
        return found
    }
}

extension CheckInWriter {
    /// Adds `checkIn` (its location unused) to key result `keyResult` ("O1/KR2") of `owner` in `cycle` (else the
    /// current one) and reads the file again; when it would not read back with the new
    /// check-in (one dated after `buildDate` does not), it is put back as it was.
    /// Returns the file, the check-in's line, and a warning when the check-in will not move the
    /// key result (a numeric one whose `current:` is written wins over its check-ins).
    public static func checkIn(
        _ entry: CheckIn, owner: Owner, keyResult reference: String, cycle cycleID: String?, contentFolder: URL, displayPrefix: String,
        templatesDirectory: URL?, buildDate: Day
    ) async throws(Refused) -> (path: String, line: Int, warning: String?) {
        let edit = try await KeyResultEdit.locate(
            owner: owner, keyResult: reference, contentFolder: contentFolder, displayPrefix: displayPrefix,
            templatesDirectory: templatesDirectory, buildDate: buildDate
        ) { config, _ throws(Refused) in
            try config.commandCycle(cycleID, on: entry.date).mapError { Refused(description: $0.description) }.get()
        }
        let (objective, keyResult) = (edit.objective, edit.keyResult)
        let given = [("value", entry.value != nil), ("done", entry.done != nil), ("progress", entry.progress != nil)].filter(\.1).map(\.0)
        let (wanted, kind, how) = switch keyResult.measure {
        case .numeric: ("value", "numeric", "--value N (the number it stands at)")
        case .milestone: ("done", "milestone", "--done true or --done false")
        case .manual: ("progress", "manual", "--progress P (from 0 to 1)")
        }
        guard given == [wanted] else {
            throw Refused(description: "\(objective.id)/\(keyResult.id) is a \(kind) key result: its check-in gives \(how)")
        }
        let updated = try adding(entry, toKeyResultAt: keyResult.location, checkIns: keyResult.checkIns.map(\.location), in: edit.original)
        // Read back: the file must hold the new check-in.
        let added = try await edit.write(updated, what: "the check-in") { after in
            after.checkIns.first { checkIn in !keyResult.checkIns.contains { $0.location == checkIn.location } }
        }
        var warning: String?
        if case .numeric(_, _, let current?, _) = keyResult.measure {
            warning = "current: \(CycleRollover.number(current)) is written in the file and wins over check-ins; remove it to let them set the value"
        }
        return (edit.set.path, added.location.line, warning)
    }
}

/// A key result a command edits in its OKR file (`checkin`, `score`): found by owner, cycle
/// and "O1/KR2" in content that reads cleanly, then written and read back.
struct KeyResultEdit {
    typealias Refused = CheckInWriter.Refused

    let set: OKRSet
    let objective: Objective
    let keyResult: KeyResult
    let file: URL
    /// The file's text before the edit.
    let original: String
    let load: @Sendable () async -> (PortalContent, [Diagnostic])

    /// The key result `reference` ("O1/KR2") of `owner` in the cycle `pickCycle` chooses from
    /// the portal's settings and the content.
    static func locate(
        owner: Owner, keyResult reference: String, contentFolder: URL, displayPrefix: String, templatesDirectory: URL?, buildDate: Day,
        pickCycle: (PortalConfig, PortalContent) throws(Refused) -> Cycle
    ) async throws(Refused) -> KeyResultEdit {
        let load: @Sendable () async -> (PortalContent, [Diagnostic]) = {
            await Site.loadContent(contentFolder, displayPrefix: displayPrefix, templatesDirectory: templatesDirectory, buildDate: buildDate)
        }
        let (content, before) = await load()
        let cycle = try pickCycle(content.config, content)
        // The file is written only when it reads cleanly now, so a problem after is ours.
        let paths = OKRFilePaths.all(owner: owner, cycle: cycle.id).map { (displayPrefix.isEmpty ? "" : displayPrefix + "/") + $0 }
        if let error = before.first(where: { $0.severity == .error && paths.contains($0.location.path) }) {
            throw Refused(description: "\(error.location.path) has errors; fix them first:\n\(error.location.path):\(error.location.line):\(error.location.column): \(error.message)")
        }
        if let unknown = content.unknownOwnerMessage(owner) { throw Refused(description: unknown) }
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
        let relative = String(set.path.dropFirst(displayPrefix.isEmpty ? 0 : displayPrefix.count + 1))
        let file = contentFolder.appendingPathComponent(relative)
        let original: String
        do { original = try ContentSource.readText(atPath: file.path) } catch {
            throw Refused(description: "cannot read \(set.path): \(error)")
        }
        return KeyResultEdit(set: set, objective: objective, keyResult: keyResult, file: file, original: original, load: load)
    }

    /// Writes `text`, reads the content again and gives what `confirm` finds in the key result
    /// as read back; when it finds nothing or the file has an error, the file is put back as
    /// it was and `what` is said not to read back.
    func write<Found>(_ text: String, what: String, confirm: (KeyResult) -> Found?) async throws(Refused) -> Found {
        func save(_ text: String) throws(Refused) {
            do { try Data(text.utf8).write(to: file, options: .atomic) } catch {
                throw Refused(description: "cannot write \(set.path): \(error.localizedDescription)")
            }
        }
        try save(text)
        let (after, problems) = await load()
        let errors = problems.filter { $0.severity == .error && $0.location.path == set.path }
        let found = after.okrSets.first { $0.cycle == set.cycle && $0.owner == set.owner }?
            .objectives.first { $0.id == objective.id }?.keyResults.first { $0.id == keyResult.id }
            .flatMap(confirm)
        guard errors.isEmpty, let found else {
            try save(original)
            throw Refused(description: "\(what) would not read back, so \(set.path) is left as it was"
                + errors.map { "\n\($0.location.path):\($0.location.line):\($0.location.column): \($0.message)" }.joined())
        }
        return found
    }
}

extension CheckIn {
    /// `{date: 2026-12-05, value: 36, confidence: 7, note: "…"}`: one line, the note as a JSON
    /// string (which YAML reads as a double-quoted one).
    var flowYAML: String {
        var fields = ["date: \(date)"]
        if let value { fields.append("value: \(CycleRollover.number(value))") }
        if let done { fields.append("done: \(done)") }
        if let progress { fields.append("progress: \(CycleRollover.number(progress))") }
        if let confidence { fields.append("confidence: \(confidence)") }
        if let note { fields.append("note: \(JSONWriter.quote(note))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
