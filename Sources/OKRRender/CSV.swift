/// Comma-separated values as spreadsheets read them (RFC 4180): CRLF line ends, fields with a
/// comma, quote or line break in double quotes, quotes doubled. The text starts with a UTF-8
/// byte-order mark because Excel otherwise reads UTF-8 as the machine's legacy code page and
/// garbles Chinese names.
enum CSV {
    static let byteOrderMark = "\u{FEFF}"

    enum Field {
        case text(String)
        case number(Int)
    }

    static func table(header: [String], rows: [[Field]]) -> String {
        var out = byteOrderMark + header.map { quoted($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map(render).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func render(_ field: Field) -> String {
        switch field {
        case .number(let value): String(value)
        case .text(let text): quoted(defused(text))
        }
    }

    /// Spreadsheets run a cell starting with `=`, `+`, `-`, `@`, tab or CR as a formula, so a
    /// name typed as `=HYPERLINK(…)` would act when a coordinator opens the file. A leading
    /// apostrophe makes it plain text (the OWASP advice for CSV injection).
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
