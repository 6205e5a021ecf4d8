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
/// and is left alone, as are dates ("from 2026-10-01 to …") and titles with no such pair.
public enum TitleNumbers {
    public struct Pair: Equatable, Sendable {
        /// The numbers as the title writes them ("1,200", "3.5").
        public var from: String
        public var to: String
    }

    /// The first from-to pair in `title`, or nil.
    public static func pair(in title: String) -> Pair? {
        // Most titles have no such pair; the patterns run only on those that might.
        let lowered = title.lowercased()
        guard lowered.contains("from") || title.contains("从") || title.contains("→") || title.contains("->"),
              title.contains(where: \.isASCIIDigit) else { return nil }
        for pattern in patterns {
            for match in title.matches(of: pattern) {
                let (_, from, fromUnit, to, toUnit) = match.output
                if let fromUnit, let toUnit, unitKey(fromUnit) != unitKey(toUnit) { continue }
                return Pair(from: String(from), to: String(to))
            }
        }
        return nil
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

    /// Units compare by their first letter or character, lower-cased: "day" and "days" agree,
    /// "天" and "天数" too; "days" and "hours" do not.
    static func unitKey(_ unit: Substring) -> Character? {
        unit.lowercased().first
    }

    // A number as titles write it, with an optional currency sign before and scale after.
    // The scale is left out of the capture: digits are compared whatever the power of ten.
    // Regex is not declared Sendable; these are never changed after they are made, and the
    // library compiles a literal's program once, atomically, for every thread that uses it.
    nonisolated(unsafe) private static let patterns: [Regex<(Substring, Substring, Substring?, Substring, Substring?)>] = [
        // English: "grow sign-ups from 10 to 40 users", "from €80 to €95", "from 40% to 20%".
        #/(?i)\bfrom\s+[€$£¥]?(\d[\d,]*(?:\.\d+)?)(?:[kmb](?![a-z]))?%?\s*([a-z]+)?\s+to\s+[€$£¥]?(\d[\d,]*(?:\.\d+)?)(?:[kmb](?![a-z]))?%?(?:\s*([a-z]+))?/#,
        // Chinese: "从 180 欧元降到 110 欧元", "从 2.5 提升到 3.5", "从40%到70%".
        #/从\s*[€$£¥]?(\d[\d,]*(?:\.\d+)?)\s*[千万亿]?%?\s*((?:[^\d\s到至提降增减缩压升下]|[a-zA-Z])+)?\s*(?:提升|提高|增加|增长|降低|下降|减少|缩短|压缩|减|降|升)?\s*(?:到|至)\s*[€$£¥]?(\d[\d,]*(?:\.\d+)?)\s*[千万亿]?%?\s*([^\d\s，。,;；、]+)?/#,
        // An arrow: "NPS 30 → 45", "churn 5% -> 3%".
        #/(?:^|[^\d.\-])[€$£¥]?(\d[\d,]*(?:\.\d+)?)[kKM千万亿]?%?\s*([A-Za-z]+|\p{Han})?\s*(?:→|->)\s*[€$£¥]?(\d[\d,]*(?:\.\d+)?)[kKM千万亿]?%?\s*([A-Za-z]+|\p{Han})?/#,
    ]
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
