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
                "\(d.location.path):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message) [\(d.rule.rawValue)]\n"
            }.joined()
        case .github:
            return diagnostics.map { d in
                let command = d.severity == .error ? "error" : "warning"
                let properties = "file=\(Self.githubProperty(d.location.path)),line=\(d.location.line),col=\(d.location.column),title=\(Self.githubProperty(d.rule.rawValue))"
                return "::\(command) \(properties)::\(Self.githubData(d.message))\n"
            }.joined()
        case .json:
            if diagnostics.isEmpty { return "[]\n" }
            let rows = diagnostics.map { d in
                "  {\"path\": \(JSONText.quote(d.location.path)), \"line\": \(d.location.line), \"column\": \(d.location.column), "
                    + "\"severity\": \(JSONText.quote(d.severity.rawValue)), \"rule\": \(JSONText.quote(d.rule.rawValue)), "
                    + "\"message\": \(JSONText.quote(d.message))}"
            }
            return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
        }
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

/// Minimal JSON string quoting, for output whose key order we fix ourselves.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // U+2028/2029 are legal in JSON but end a string literal in older JavaScript.
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
