import Foundation

/// The "from 10 to 40" a key result's title states, to compare with its `start` and `target`.
/// Readers take the goal from the title while progress is computed from the numbers; a target
/// changed in one place and not the other makes them disagree.
///
/// Read: "from X to Y" (English), "从 X（提升|降低|…）到/至 Y" (Chinese), "X → Y" / "X -> Y".
/// Numbers are compared by their digits, whatever the power of ten, so a scale written in the
/// title or in `unit` ("5 万", "80k", "40%" against 0.4, "€1.2M" against 1.2) never reads as a
/// disagreement; a target off by a power of ten alone goes unnoticed. A pair whose two numbers
/// carry different units ("from 2 days to 36 hours") says nothing about `start` and `target`
/// and is left alone, as are dates ("from 2026-10-01 to …"), names with digits ("Q3 → Q4",
/// "v1 to v2") and titles with no such pair.
///
/// A small scanner rather than regular expressions: every key result's title is read on each
/// check, and a regular expression took some 15 µs a title.
public enum TitleNumbers {
    public struct Pair: Equatable, Sendable {
        /// The numbers as the title writes them ("1,200", "3.5").
        public var from: String
        public var to: String
    }

    /// The first from-to pair in `title` whose two units agree, or nil.
    public static func pair(in title: String) -> Pair? {
        guard mayHoldAPair(title) else { return nil }
        let tokens = Token.scan(title)
        for start in tokens.indices {
            if let pair = english(tokens, at: start) ?? chinese(tokens, at: start) ?? arrow(tokens, at: start) { return pair }
        }
        return nil
    }

    /// A digit, and "from", "从", "→" or "->": one pass over the bytes, so the titles without
    /// a pair (most) cost next to nothing.
    static func mayHoldAPair(_ title: String) -> Bool {
        var digit = false, word = false
        // The last three bytes, ASCII letters lower-cased.
        var (first, second, third): (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in title.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digit = true }
            let folded = byte < 0x80 && (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") ? byte | 0x20 : byte
            switch (first, second, third, folded) {
            case (UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "o"), UInt8(ascii: "m")),
                 (_, 0xE4, 0xBB, 0x8E), (_, 0xE2, 0x86, 0x92), (_, _, UInt8(ascii: "-"), UInt8(ascii: ">")):  // from, 从, →, ->
                word = true
            default: break
            }
            (first, second, third) = (second, third, folded)
            if digit && word { return true }
        }
        return false
    }

    /// Whether the title's number and the key result's agree in their digits: 40 and 40,
    /// 5 and 50,000, 40 and 0.4; not 40 and 35.
    public static func agree(_ written: String, _ value: Double) -> Bool {
        guard let number = Double(written.replacingOccurrences(of: ",", with: "")) else { return true }
        return digits(number) == digits(value)
    }

    /// Up to nine significant digits, the decimal point taken out: 0.4, 40 and 40,000 → 400,000,000.
    static func digits(_ value: Double) -> Int {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return 0 }
        let scaled = magnitude / pow(10, floor(log10(magnitude)))
        return Int((scaled * 100_000_000).rounded())
    }

    // MARK: Patterns over tokens

    /// "from" NUMBER [unit] "to" NUMBER [unit].
    static func english(_ tokens: [Token], at index: Int) -> Pair? {
        guard tokens[index] == .word("from"), case .number(let from)? = tokens[safe: index + 1] else { return nil }
        var next = index + 2
        var fromUnit: Token?
        if case .word(let word)? = tokens[safe: next], word != "to" {
            fromUnit = tokens[next]
            next += 1
        }
        guard tokens[safe: next] == .word("to"), case .number(let to)? = tokens[safe: next + 1] else { return nil }
        return agreeing(from, fromUnit, to, unit(after: next + 1, in: tokens))
    }

    /// "从" NUMBER [unit] [verb] "到"/"至" NUMBER [unit]: "从 180 欧元降到 110 欧元".
    static func chinese(_ tokens: [Token], at index: Int) -> Pair? {
        guard tokens[index] == .han("从"), case .number(let from)? = tokens[safe: index + 1] else { return nil }
        let fromUnit = unit(after: index + 1, in: tokens).flatMap { Self.verbStarts.contains($0.first) ? nil : $0 }
        // Up to a few characters (the unit, a verb such as 提升) before 到 or 至.
        for next in (index + 2)..<min(tokens.count, index + 9) {
            switch tokens[next] {
            case .han("到"), .han("至"):
                guard case .number(let to)? = tokens[safe: next + 1] else { return nil }
                return agreeing(from, fromUnit, to, unit(after: next + 1, in: tokens))
            case .han, .word: continue
            default: return nil
            }
        }
        return nil
    }

    /// NUMBER [unit] ARROW NUMBER [unit]: "NPS 30 → 45".
    static func arrow(_ tokens: [Token], at index: Int) -> Pair? {
        guard case .number(let from) = tokens[index] else { return nil }
        var next = index + 1
        let fromUnit = unit(after: index, in: tokens)
        if fromUnit != nil { next += 1 }
        guard tokens[safe: next] == .arrow, case .number(let to)? = tokens[safe: next + 1] else { return nil }
        return agreeing(from, fromUnit, to, unit(after: next + 1, in: tokens))
    }

    /// The word or Han character right after the number at `index`, lower-cased.
    static func unit(after index: Int, in tokens: [Token]) -> Token? {
        switch tokens[safe: index + 1] {
        case .word(let word)? where word != "to": .word(word)
        case .han(let character)?: .han(character)
        default: nil
        }
    }

    /// The pair, unless both numbers carry units that differ ("days", "hours"); "day" and
    /// "days" agree by their first letter, as do "欧元" and "欧".
    static func agreeing(_ from: String, _ fromUnit: Token?, _ to: String, _ toUnit: Token?) -> Pair? {
        if let fromUnit, let toUnit, fromUnit.first != toUnit.first { return nil }
        return Pair(from: from, to: to)
    }

    /// First characters of the verbs between a Chinese from and to, never a unit.
    static let verbStarts: Set<Character?> = ["提", "降", "增", "减", "缩", "压", "升", "下", "上", "到", "至"]

    // MARK: Tokens

    enum Token: Equatable {
        /// Digits as written, with thousands commas and a decimal point; a scale right after
        /// them ("80k", "5 万", "40%") and a currency sign before are dropped.
        case number(String)
        /// A run of Latin letters, lower-cased.
        case word(String)
        /// One Han character.
        case han(Character)
        case arrow
        /// Anything else that is not a space: a hyphen of a date, a comma, a bracket.
        case other

        var first: Character? {
            switch self {
            case .word(let word): word.first
            case .han(let character): character
            default: nil
            }
        }

        static let scales: Set<Character> = ["k", "K", "M", "b", "B", "千", "万", "亿", "%"]

        static func scan(_ title: String) -> [Token] {
            // Scalars, not Characters: the titles read here are Latin and Han text, where the
            // two are the same, and grapheme breaking was most of the scanner's time.
            let scalars = Array(title.unicodeScalars)
            var tokens: [Token] = []
            var index = 0
            func isDigit(_ at: Int) -> Bool { at < scalars.count && scalars[at].value >= 0x30 && scalars[at].value <= 0x39 }
            func isLatinLetter(_ at: Int) -> Bool { at < scalars.count && scalars[at].isASCII && scalars[at].properties.isAlphabetic }
            while index < scalars.count {
                let scalar = scalars[index]
                if isDigit(index) {
                    var end = index
                    // Digits, with "," or "." only between digits.
                    while isDigit(end) || (end > index && end + 1 < scalars.count && (scalars[end] == "," || scalars[end] == ".") && isDigit(end + 1)) {
                        end += 1
                    }
                    // Digits against a letter or a date's separator name something ("Q3", "p95",
                    // "v2", the "10" of "2026-10"), not an amount.
                    let named = index > 0 && (isLatinLetter(index - 1) || "-/:".unicodeScalars.contains(scalars[index - 1]))
                    tokens.append(named ? .other : .number(String(String.UnicodeScalarView(scalars[index..<end]))))
                    index = end
                    // A scale or % written against the number; a letter that starts a word is a unit.
                    if index < scalars.count, scales.contains(Character(scalars[index])), !(isLatinLetter(index) && isLatinLetter(index + 1)) {
                        index += 1
                    }
                } else if isLatinLetter(index) {
                    var end = index
                    while isLatinLetter(end) { end += 1 }
                    tokens.append(.word(String(String.UnicodeScalarView(scalars[index..<end])).lowercased()))
                    index = end
                } else if scalar == "→" || (scalar == "-" && index + 1 < scalars.count && scalars[index + 1] == ">") {
                    tokens.append(.arrow)
                    index += scalar == "→" ? 1 : 2
                } else if scalar.properties.isIdeographic {
                    // "5 万" writes its scale apart from the digits.
                    if "千万亿".unicodeScalars.contains(scalar), case .number? = tokens.last {} else { tokens.append(.han(Character(scalar))) }
                    index += 1
                } else if scalar.properties.isWhitespace || "€$£¥".unicodeScalars.contains(scalar) {
                    index += 1
                } else {
                    tokens.append(.other)
                    index += 1
                }
            }
            return tokens
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
