import OKRSupport

/// Running text as HTML with each ISO date kept on one line. Browsers may break a line at a
/// hyphen, and on a phone "2026-" over "11-01" reads as two dates; inside the `date` class
/// (`white-space: nowrap`) the date moves to the next line whole.
enum ProseHTML {
    static func bytes(_ text: String) -> [UInt8] {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        HTMLEscape.append(text, to: &escaped)
        // Escaping leaves digits and hyphens as they are, and no entity it writes holds four
        // digits and a hyphen, so dates are found in the escaped bytes.
        guard escaped.count >= 10, escaped.contains(UInt8(ascii: "-")) else { return escaped }
        var output: [UInt8] = []
        output.reserveCapacity(escaped.count + 32)
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
        return output
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
