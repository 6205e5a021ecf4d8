import OKRModel
import OKRSupport

/// How `diff` prints a report: for a terminal, for a pull-request comment, for other tools.
public enum ChangeFormat: String, Sendable, CaseIterable {
    case text, markdown, json
}

extension ChangeReport {
    public func formatted(_ format: ChangeFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: json()
        }
    }

    /// "2 objectives added, 5 progress moves, 1 jump": every kind present, in report order.
    public var countsLine: String {
        let counts = ChangeKind.allCases.compactMap { kind -> String? in
            let count = count(kind)
            return count == 0 ? nil : "\(count) \(kind.noun(count))"
        }
        return counts.isEmpty ? "no change to the OKRs" : counts.joined(separator: ", ")
    }

    public var attentionCount: Int { changes.count { $0.kind.needsAttention } }

    /// The changes of each section that has any, in report order.
    var sections: [(section: ChangeSection, changes: [Change])] {
        ChangeSection.allCases.compactMap { section in
            let rows = changes.filter { $0.kind.section == section }
            return rows.isEmpty ? nil : (section, rows)
        }
    }

    private var headline: String {
        var line = "OKR changes from \(base) to \(head): \(countsLine)"
        if attentionCount > 0 { line += "; \(attentionCount) to look at" }
        if headErrors > 0 { line += "; \(head) has \(DiagnosticFormat.counted(headErrors, "error")) (`okr-portal check` says where)" }
        return line
    }

    // MARK: text

    /// One line per change, grouped by section; `!` marks what needs a second look.
    func text() -> String {
        var out = headline + "\n"
        for (section, rows) in sections {
            out += "\n\(section.title)\n"
            for change in rows {
                var line = "  \(change.kind.needsAttention ? "!" : "·") \(change.reference)"
                if !change.title.isEmpty { line += " “\(Self.oneLine(change.title))”" }
                line += ": \(change.summary)"
                // Links name their target in the sentence already.
                if let move = change.move, change.kind.section != .alignment { line += " (\(move))" }
                out += Self.oneLine(line) + "\n"
            }
        }
        return out
    }

    // MARK: markdown

    /// Rows per section in a comment: GitHub refuses comments over 65,536 characters, and a
    /// reviewer reads the first screenful; the rest is one `diff` away.
    public static let markdownRowsPerSection = 40

    /// A pull-request comment: the headline, then a table per section.
    func markdown() -> String {
        var out = "**\(Self.markdownText(headline))**\n"
        for (section, rows) in sections {
            out += "\n### \(section.title)\n\n| | OKR | Change | Before | After |\n|---|---|---|---|---|\n"
            for change in rows.prefix(Self.markdownRowsPerSection) {
                var name = "`\(Self.codeText(change.reference))`"
                if let url = change.url { name = "[\(name)](\(Self.linkTarget(url)))" }
                if !change.title.isEmpty { name += " \(Self.markdownText(change.title))" }
                let cells = [change.kind.needsAttention ? "⚠️" : "", name, Self.markdownText(change.summary),
                             Self.markdownText(change.from ?? ""), Self.markdownText(change.to ?? "")]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            if rows.count > Self.markdownRowsPerSection {
                out += "\n… and \(rows.count - Self.markdownRowsPerSection) more; `okr-portal diff` lists them all.\n"
            }
        }
        return out
    }

    /// Text as Markdown shows it literally: no HTML, no links, no emphasis, no table breaks.
    static func markdownText(_ text: String) -> String {
        replacing(text) { character in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~": "\\" + String(character)
            default: nil
            }
        }
    }

    /// Inside a code span nothing is markup, but a backtick would end it and `|` the cell.
    static func codeText(_ text: String) -> String {
        oneLine(text).replacing("`", with: "'").replacing("|", with: "\\|")
    }

    /// A URL as a link target: spaces and brackets would end it.
    static func linkTarget(_ url: String) -> String {
        let encoded: [Character: String] = [" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C"]
        return replacing(url) { encoded[$0] }
    }

    /// `text` on one line, each character `replacement` names replaced.
    static func replacing(_ text: String, _ replacement: (Character) -> String?) -> String {
        var out = ""
        for character in oneLine(text) {
            if let replaced = replacement(character) { out += replaced } else { out.append(character) }
        }
        return out
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    // MARK: JSON

    /// The report for other tools; `okrs-diff.schema.json` (published with the site) describes it.
    func json() -> String {
        var json = JSONWriter()
        json.object { report in
            report.field("generator", "okr-portal")
            report.field("base", base)
            report.field("head", head)
            report.field("head_errors", headErrors)
            report.field("counts", writing: { counts in
                counts.object { fields in
                    for kind in ChangeKind.allCases where count(kind) > 0 { fields.field(kind.rawValue, count(kind)) }
                }
            })
            report.field("changes", changes)
        }
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
}

extension Change: JSONValue {
    public func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("kind", kind.rawValue)
            fields.field("section", kind.section.rawValue)
            fields.field("attention", kind.needsAttention)
            fields.field("ref", reference)
            fields.field("objective", Nullable(objective.objective.isEmpty ? nil : objective.description))
            fields.field("key_result", Nullable(keyResult))
            fields.field("title", title)
            fields.field("from", Nullable(from))
            fields.field("to", Nullable(to))
            fields.field("summary", summary)
            fields.field("url", Nullable(url))
        }
    }
}

extension Change {
    /// "20% → 90%", or the one side there is.
    var move: String? {
        switch (from, to) {
        case (.some(let a), .some(let b)): "\(a) → \(b)"
        case (.some(let a), nil): "was \(a)"
        case (nil, .some(let b)): b
        case (nil, nil): nil
        }
    }
}

extension ChangeKind {
    func noun(_ count: Int) -> String {
        let one = count == 1
        return switch self {
        case .objectiveAdded: one ? "objective added" : "objectives added"
        case .objectiveRemoved: one ? "objective removed" : "objectives removed"
        case .keyResultAdded: one ? "key result added" : "key results added"
        case .keyResultRemoved: one ? "key result removed" : "key results removed"
        case .retitled: "retitled"
        case .renumbered: "renumbered"
        case .retyped: "retyped"
        case .published: one ? "confidential objective published" : "confidential objectives published"
        case .madeConfidential: one ? "objective made confidential" : "objectives made confidential"
        case .targetChanged: one ? "target changed" : "targets changed"
        case .goalposts: one ? "goalpost moved" : "goalposts moved"
        case .progress: one ? "progress move" : "progress moves"
        case .jump: one ? "jump in progress" : "jumps in progress"
        case .confidence: one ? "confidence change" : "confidence changes"
        case .scored: one ? "score given or changed" : "scores given or changed"
        case .reassigned: one ? "key result with another owner" : "key results with another owner"
        case .linkAdded: one ? "link added" : "links added"
        case .linkRemoved: one ? "link removed" : "links removed"
        case .unaligned: one ? "objective left unaligned" : "objectives left unaligned"
        case .lostContributors: one ? "objective without contributors" : "objectives without contributors"
        case .oneWay: one ? "one-way sideways link" : "one-way sideways links"
        case .hintAdded: one ? "new writing hint" : "new writing hints"
        case .hintResolved: one ? "writing hint resolved" : "writing hints resolved"
        }
    }
}
