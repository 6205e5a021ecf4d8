import Foundation
import OKRModel

/// `okr-portal score`: a key result's end-of-cycle self score written into its OKR file, as
/// `checkin` writes a check-in: the `score:` it has replaced, or one added, and every other
/// line of the file as the author wrote it.
public enum ScoreWriter {
    public typealias Refused = CheckInWriter.Refused

    /// Why `score` cannot be a score, or nil when it is from 0 to 1.
    public static func outOfRange(_ score: Double) -> Refused? {
        if (0...1).contains(score) { return nil }
        return Refused(description: "a score is from 0 to 1, found \(Format.number(score))\(Format.percentMeantAsShare(score).map { "; " + $0 } ?? "")")
    }

    /// Sets key result `keyResult` ("O1/KR2") of `owner` to `score` (0–1) in `cycle`, else in
    /// the current cycle when the owner has OKRs there, else in the last cycle they had OKRs
    /// in that has ended (scoring comes after a cycle's end, when the next may be current).
    /// The file is read again; when the score would not read back it is put back as it was.
    /// Returns the file and the score's line.
    public static func score(
        _ score: Double, owner: Owner, keyResult reference: String, cycle cycleID: String?, contentFolder: URL, displayPrefix: String,
        templatesDirectory: URL?, buildDate: Day
    ) async throws(Refused) -> (path: String, line: Int, cycle: String) {
        if let refused = outOfRange(score) { throw refused }
        let edit = try await KeyResultEdit.locate(
            owner: owner, keyResult: reference, contentFolder: contentFolder, displayPrefix: displayPrefix,
            templatesDirectory: templatesDirectory, buildDate: buildDate
        ) { config, content throws(Refused) in
            if cycleID == nil, let cycle = lastCycleToScore(of: owner, in: content, on: buildDate) { return cycle }
            return try config.commandCycle(cycleID, on: buildDate).mapError { Refused(description: $0.description) }.get()
        }
        let (updated, line) = try setting(score, onKeyResultAt: edit.keyResult.location, in: edit.original)
        _ = try await edit.write(updated, what: "the score") { after in after.score == score ? true : nil }
        return (edit.set.path, line, edit.set.cycle)
    }

    /// The current cycle when `owner` has OKRs in it; else the cycle they had OKRs in that
    /// ended last by `day`; nil when neither.
    static func lastCycleToScore(of owner: Owner, in content: PortalContent, on day: Day) -> Cycle? {
        let cycles = content.okrSets.filter { $0.owner == owner }.compactMap { set in content.config.cycles.first { $0.id == set.cycle } }
        if let current = content.config.currentCycle(on: day), cycles.contains(where: { $0.id == current.id }) { return current }
        return cycles.filter { $0.end < day }.max { ($0.end, $0.start) < ($1.end, $1.start) }
    }

    /// The file's text with the key result at `keyResult` (where its mapping starts, lines
    /// and columns from 1) scored `score`: the value of its `score:` replaced, or `score:`
    /// added — before the "}" of a `{…}` key result on one line, else as the last line of
    /// its block — and the line it is on.
    static func setting(_ score: Double, onKeyResultAt keyResult: SourceLocation, in text: String) throws(Refused) -> (text: String, line: Int) {
        var lines = EditableLines(text)
        guard lines.has(line: keyResult.line) else { throw Refused(description: "line \(keyResult.line) is not in the file as read") }
        let value = CycleRollover.number(score)
        let line = lines.scalars(keyResult.line)
        let start = keyResult.column - 1
        if start < line.count, line[start] == "{" {
            guard let close = CheckInWriter.closing(line, from: start + 1, closer: "}") else {
                throw Refused(description: "line \(keyResult.line): the key result is a {...} mapping over several lines; write it as a block to let this command score it")
            }
            if let (from, to) = flowValue(of: "score", in: line, from: start + 1, to: close) {
                lines.replace(line: keyResult.line, with: line[..<from] + Array(" \(value)".unicodeScalars) + line[to...])
            } else {
                lines.replace(line: keyResult.line, with: line[..<close] + Array(", score: \(value)".unicodeScalars) + line[close...])
            }
            return (lines.text, keyResult.line)
        }
        // A block key result: its keys are indented as its first one.
        let end = lines.end(after: keyResult.line, minimumIndent: start)
        for number in keyResult.line...max(keyResult.line, end) where lines.has(line: number) {
            let scalars = lines.scalars(number)
            // The first line's key follows its "- "; the others' follow their indent.
            guard number == keyResult.line || EditableLines.indent(String(String.UnicodeScalarView(scalars))) == start else { continue }
            let rest = String(String.UnicodeScalarView(scalars[min(start, scalars.count)...]))
            guard rest.hasPrefix("score:") else { continue }
            // Keep a comment after the value.
            let comment = rest.range(of: " #").map { String(rest[$0.lowerBound...]) } ?? ""
            lines.replace(line: number, with: Array(scalars[..<start]) + Array("score: \(value)\(comment)".unicodeScalars))
            return (lines.text, number)
        }
        lines.insert([String(repeating: " ", count: start) + "score: \(value)"], at: end)
        return (lines.text, end + 1)
    }

    /// Where the value of `key` is in the `{…}` mapping of `line[from..<to]` (from just after
    /// its colon to the comma or brace that ends it), when the mapping has that key at its
    /// own level.
    static func flowValue(of key: String, in line: [Unicode.Scalar], from: Int, to: Int) -> (Int, Int)? {
        let syntax = CheckInWriter.flowSyntax(line, from: from, to: to)
        var depth = 0
        // Where the key being read starts: after the "{" or a "," of this mapping.
        var keyStart = from
        for (position, (index, scalar)) in syntax.enumerated() {
            switch scalar {
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "," where depth == 0: keyStart = index + 1
            case ":" where depth == 0:
                let name = String(String.UnicodeScalarView(line[keyStart..<index])).trimmingCharacters(in: .whitespaces)
                guard name == key else { continue }
                // The value runs to the next comma of this mapping, or to its end.
                var inner = 0
                var valueEnd = to
                for (next, mark) in syntax[(position + 1)...] {
                    if mark == "[" || mark == "{" { inner += 1 }
                    if mark == "]" || mark == "}" { inner -= 1 }
                    if mark == "," && inner == 0 { valueEnd = next; break }
                }
                // Spaces before the comma or brace stay where they were.
                while valueEnd > index + 1, line[valueEnd - 1] == " " { valueEnd -= 1 }
                return (index + 1, valueEnd)
            default: break
            }
        }
        return nil
    }
}
