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

/// Minimal JSON string quoting, for output whose key order we fix ourselves.
public enum JSONText {
    public static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        append(quoted: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as a JSON string literal, appended as UTF-8: runs that need no escape are
    /// copied whole (the search index quotes every document this way).
    public static func append(quoted text: String, to out: inout [UInt8]) {
        var text = text
        out.reserveCapacity(out.count + text.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func escape(_ length: Int, _ replacement: StaticString) {
                out += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                out += UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
                index += length
                runStart = index
            }
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): escape(1, #"\""#)
                case UInt8(ascii: "\\"): escape(1, #"\\"#)
                case UInt8(ascii: "\n"): escape(1, #"\n"#)
                case UInt8(ascii: "\r"): escape(1, #"\r"#)
                case UInt8(ascii: "\t"): escape(1, #"\t"#)
                case let byte where byte < 0x20:
                    let digits: [UInt8] = Array("0123456789abcdef".utf8)
                    out += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
                    index += 1
                    runStart = index
                // U+2028/2029 (E2 80 A8/A9) are legal in JSON but end a string literal in
                // older JavaScript.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: escape(3, #"\u2028"#)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9: escape(3, #"\u2029"#)
                default: index += 1
                }
            }
            out += UnsafeBufferPointer(rebasing: bytes[runStart...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
