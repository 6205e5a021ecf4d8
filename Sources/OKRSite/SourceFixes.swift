import Foundation
import OKRModel

/// `check --fix`: writes the one certain mend of each problem whose message names one (a
/// percentage written for a share, a misspelt key or value, a date with a time, a list
/// without brackets) into its file. A mend is written only where the file still holds, at
/// the position the problem names, the text it replaces (bare or in one pair of quotes);
/// every other character of the file stays as it was.
public enum SourceFixes {
    public struct Outcome: Sendable, Equatable {
        /// How many mends were written.
        public var fixed = 0
        /// The files changed, as diagnostics name them (`content/okrs/…`), sorted.
        public var files: [String] = []
    }

    /// How many rounds `check` makes at most: a mend can show the next ("aligns: team/a/O1,
    /// team/b/O2" gets its brackets, then each reference its kind), and a file that does not
    /// parse shows its next YAML slip, and its other problems, only once the first is mended.
    static let rounds = 6

    /// Checks the sources, writes the mends of the problems `include` keeps, and checks again,
    /// while a round mends something: what was mended, and the last check.
    public static func checkAndMend(_ options: BuildOptions, include: (Diagnostic) -> Bool = { _ in true }) async -> (Outcome, BuildReport) {
        var report = await Site.check(options)
        var total = Outcome()
        for _ in 0..<rounds {
            let outcome = apply(report.diagnostics.filter { $0.fix != nil && include($0) }, contentFolder: options.contentDirectory)
            guard outcome.fixed > 0 else { break }
            total.fixed += outcome.fixed
            total.files = Array(Set(total.files).union(outcome.files)).sorted()
            report = await Site.check(options)
        }
        return (total, report)
    }

    public static func apply(_ diagnostics: [Diagnostic], contentFolder: URL) -> Outcome {
        // Diagnostics name files from the content folder's name on.
        let prefix = contentFolder.standardizedFileURL.lastPathComponent + "/"
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics where diagnostic.fix != nil && diagnostic.location.path.hasPrefix(prefix) {
            byFile[diagnostic.location.path, default: []].append(diagnostic)
        }
        var outcome = Outcome()
        for (path, found) in byFile.sorted(by: { $0.key < $1.key }) {
            let file = contentFolder.appendingPathComponent(String(path.dropFirst(prefix.count)))
            guard let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8) else { continue }
            var lines = EditableLines(text)
            var written = 0
            // Right to left on a line, so the columns of the mends before stay where they were.
            let mends = found.compactMap { diagnostic in
                diagnostic.fix.map { (line: $0.line ?? diagnostic.location.line, column: $0.column ?? diagnostic.location.column, fix: $0) }
            }
            for (line, column, fix) in mends.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
                guard lines.has(line: line) else { continue }
                var scalars = lines.scalars(line)
                guard let span = span(of: fix.original, in: scalars, at: column - 1) else { continue }
                scalars.replaceSubrange(span, with: fix.replacement.unicodeScalars)
                lines.replace(line: line, with: scalars)
                written += 1
            }
            guard written > 0, (try? Data(lines.text.utf8).write(to: file, options: .atomic)) != nil else { continue }
            outcome.fixed += written
            outcome.files.append(path)
        }
        return outcome
    }

    /// Where `original` is written from `start` (a column from 0): bare, or inside one pair of
    /// quotes, which the mend then replaces too; nil when the line holds anything else there.
    static func span(of original: String, in line: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        let text = Array(original.unicodeScalars)
        func holds(from index: Int) -> Bool {
            index >= 0 && index + text.count <= line.count && line[index..<index + text.count].elementsEqual(text)
        }
        guard start >= 0, start < line.count else { return nil }
        if holds(from: start) { return start..<start + text.count }
        let quote = line[start]
        if quote == "\"" || quote == "'", holds(from: start + 1), start + 1 + text.count < line.count, line[start + 1 + text.count] == quote {
            return start..<start + text.count + 2
        }
        return nil
    }
}
