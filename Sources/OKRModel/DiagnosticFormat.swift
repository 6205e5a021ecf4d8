import OKRSupport
/// The three ways `check` and `build` print diagnostics.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:col: error: message [rule]`, one a line, as compilers print.
    case text
    /// GitHub Actions workflow commands, which annotate the lines of a pull request.
    case github
    /// One JSON array of objects, for other tools.
    case json

    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map { d in
                "\(Self.printable(d.location.path)):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message) [\(d.rule.rawValue)]\n"
            }.joined()
        case .github:
            // GitHub annotates the first 10 errors and 10 warnings a step prints and keeps the
            // rest in the log only. The author's own mistakes go first: errors, then the
            // warnings about what was written, then those that come with the passing of days
            // (quiet key results), which in a large company would take every place.
            let errors = diagnostics.filter { $0.severity == .error }
            let written = diagnostics.filter { $0.severity != .error && $0.exemptFromStrict != true }
            let timely = diagnostics.filter { $0.severity != .error && $0.exemptFromStrict == true }
            var lines = (errors + written + timely).map { d in
                let command = d.severity == .error ? "error" : "warning"
                let properties = "file=\(Self.githubProperty(d.location.path)),line=\(d.location.line),col=\(d.location.column),title=\(Self.githubProperty(d.rule.rawValue))"
                return "::\(command) \(properties)::\(Self.githubData(d.message))\n"
            }
            let warnings = written.count + timely.count
            if errors.count > Self.githubAnnotationsPerKind || warnings > Self.githubAnnotationsPerKind {
                lines.append("::notice title=okr-portal::GitHub annotates the first \(Self.githubAnnotationsPerKind) errors and \(Self.githubAnnotationsPerKind) warnings of a step; "
                    + "this one printed \(Self.counted(errors.count, "error")) and \(Self.counted(warnings, "warning")), every one in its log\n")
            }
            return lines.joined()
        case .json:
            if diagnostics.isEmpty { return "[]\n" }
            let rows = diagnostics.map { d in
                "  {\"path\": \(JSONWriter.quote(d.location.path)), \"line\": \(d.location.line), \"column\": \(d.location.column), "
                    + "\"severity\": \(JSONWriter.quote(d.severity.rawValue)), \"rule\": \(JSONWriter.quote(d.rule.rawValue)), "
                    + "\"message\": \(JSONWriter.quote(d.message))"
                    // The mend `check --fix` would write, for tools that offer it (an editor's
                    // quick fix, a suggested change on a pull request): the text at a line and
                    // column and what replaces it.
                    + (d.fix.map { fix in
                        ", \"fix\": {\"line\": \(fix.line ?? d.location.line), \"column\": \(fix.column ?? d.location.column), "
                            + "\"replace\": \(JSONWriter.quote(fix.original)), \"with\": \(JSONWriter.quote(fix.replacement))}"
                    } ?? "") + "}"
            }
            return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// The problems as a GitLab Code Quality report (a JSON array the merge request widget
    /// reads from `artifacts: reports: codequality:`), which lists the problems a merge
    /// request adds or removes against its target branch. A problem's fingerprint is its
    /// file, rule and message (with how many alike came before it in that file), not its
    /// line: a line added above it does not make it new. Errors are `blocker` (they fail the
    /// build), hints `minor`, those that come with time `info`.
    public static func codeQuality(_ diagnostics: [Diagnostic]) -> String {
        if diagnostics.isEmpty { return "[]\n" }
        var seen: [String: Int] = [:]
        let rows = diagnostics.map { d in
            let identity = "\(d.location.path)\u{0}\(d.rule.rawValue)\u{0}\(d.message)"
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            let fingerprint = String(FNV1a.hash("\(identity)\u{0}\(occurrence)".utf8), radix: 16)
            let severity = d.severity == .error ? "blocker" : d.exemptFromStrict == true ? "info" : "minor"
            return "  {\"description\": \(JSONWriter.quote(d.message)), \"check_name\": \(JSONWriter.quote(d.rule.rawValue)), "
                + "\"fingerprint\": \"\(String(repeating: "0", count: 16 - fingerprint.count) + fingerprint)\", \"severity\": \"\(severity)\", "
                + "\"location\": {\"path\": \(JSONWriter.quote(d.location.path)), \"lines\": {\"begin\": \(d.location.line)}}}"
        }
        return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
    }

    /// Annotations of each kind GitHub shows for one step (the rest stay in the log).
    static let githubAnnotationsPerKind = 10

    /// "0 errors, 1 warning": the last line of `build` and `check`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        "\(counted(diagnostics.errorCount, "error")), \(counted(diagnostics.warningCount, "warning"))"
    }

    /// "okr-portal check --fix can mend 3 of them", as linters say what their `--fix` would
    /// do; nil when no problem has a mend.
    public static func mendable(_ diagnostics: [Diagnostic]) -> String? {
        let count = diagnostics.count { $0.fix != nil }
        return count == 0 ? nil : "okr-portal check --fix can mend \(Format.number(Double(count))) of them"
    }

    /// "1 error", "1,204 warnings".
    public static func counted(_ count: Int, _ noun: String) -> String {
        "\(Format.number(Double(count))) \(noun)\(count == 1 ? "" : "s")"
    }

    /// A file name as one line of text: control characters (a newline in a name would split
    /// the diagnostic in two) written as escapes, `\n` or `\x01`.
    static func printable(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // GitHub's runner decodes these escapes; without them a "%", newline or "," in a message
    // or path would cut the annotation short.
    static func githubData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    static func githubProperty(_ text: String) -> String {
        githubData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
