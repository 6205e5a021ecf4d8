import OKRModel
import OKRSupport

/// Running text as HTML with each ISO date kept on one line, and, in check-in notes, each
/// mention of a person ("@li.na") linked to their page. Browsers may break a line at a
/// hyphen, and on a phone "2026-" over "11-01" reads as two dates; inside the `date` class
/// (`white-space: nowrap`) the date moves to the next line whole.
enum ProseHTML {
    /// - Parameter mentionURL: the page of a mentioned person id, nil for one who is not known
    ///   (left as text; `check` reports it).
    static func bytes(_ text: String, mentionURL: ((String) -> String?)? = nil) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        guard let mentionURL else {
            appendPlain(text[...], to: &output)
            return output
        }
        splitAtMentions(text, mentionURL, plain: { appendPlain($0, to: &output) }, mention: { output += link($0, $1).utf8 })
        return output
    }

    /// Calls `plain` with each run of `text` between its mentions of known people (all of it
    /// when it names nobody known) and `mention` with each such mention and its person's page.
    private static func splitAtMentions(
        _ text: String, _ mentionURL: (String) -> String?, plain: (Substring) -> Void, mention: (Substring, String) -> Void
    ) {
        var rest = text.startIndex
        for found in Mentions.find(in: text) {
            guard let url = mentionURL(found.id) else { continue }
            plain(text[rest..<found.range.lowerBound])
            mention(text[found.range], url)
            rest = found.range.upperBound
        }
        plain(text[rest...])
    }

    /// A mention's link; its text ("@" and an id) needs no escaping, but gets it.
    private static func link(_ mention: Substring, _ url: String) -> String {
        #"<a href=""# + HTMLEscape.escape(url) + #"">"# + HTMLEscape.escape(String(mention)) + "</a>"
    }

    private static func appendPlain(_ text: Substring, to output: inout [UInt8]) {
        var escaped: [UInt8] = []
        HTMLEscape.append(String(text), to: &escaped)
        // Escaping leaves digits and hyphens as they are, and no entity it writes holds four
        // digits and a hyphen, so dates are found in the escaped bytes.
        guard escaped.count >= 10, escaped.contains(UInt8(ascii: "-")) else {
            output += escaped
            return
        }
        var index = 0
        while index < escaped.count {
            if isDate(escaped, at: index) {
                output += #"<span class="date">"#.utf8
                output += escaped[index..<index + 10]
                output += "</span>".utf8
                index += 10
            } else {
                output.append(escaped[index])
                index += 1
            }
        }
    }

    /// `dddd-dd-dd` at `index`, not part of a longer run of digits.
    static func isDate(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 10 <= bytes.count else { return false }
        func digit(_ at: Int) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) }
        if index > 0, digit(index - 1) { return false }
        if index + 10 < bytes.count, digit(index + 10) { return false }
        for offset in 0..<10 {
            let isHyphen = offset == 4 || offset == 7
            if isHyphen ? bytes[index + offset] != UInt8(ascii: "-") : !digit(index + offset) { return false }
        }
        return true
    }
}

extension ProseHTML {
    /// Markdown already made into HTML (an OKR set's notes, an objective's risks) with each
    /// "@person-id" of its text linked as in check-in notes. Text inside a link, `<code>` or
    /// `<pre>` is left as written, and so is every tag.
    static func linkingMentions(inHTML html: String, mentionURL: (String) -> String?) -> String {
        guard html.utf8.contains(UInt8(ascii: "@")) else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + 64)
        var skipping: [Substring] = []  // open elements whose text stays as written
        var rest = html[...]
        while !rest.isEmpty {
            guard let tagStart = rest.firstIndex(of: "<") else {
                output += skipping.isEmpty ? linked(rest, mentionURL) : String(rest)
                break
            }
            let text = rest[..<tagStart]
            output += skipping.isEmpty ? linked(text, mentionURL) : String(text)
            let tagEnd = rest[tagStart...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            let tag = rest[tagStart..<tagEnd]
            output += tag
            let name = tag.dropFirst().prefix { $0.isLetter || $0 == "/" }
            if ["a", "code", "pre"].contains(name) {
                skipping.append(name)
            } else if name.hasPrefix("/"), let last = skipping.last, name.dropFirst() == last {
                skipping.removeLast()
            }
            rest = rest[tagEnd...]
        }
        return output
    }

    private static func linked(_ text: Substring, _ mentionURL: (String) -> String?) -> String {
        var output = ""
        splitAtMentions(String(text), mentionURL, plain: { output += $0 }, mention: { output += link($0, $1) })
        return output
    }
}
