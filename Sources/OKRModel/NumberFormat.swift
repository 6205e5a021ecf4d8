/// Number formatting for pages, independent of the machine's locale so output is the same
/// everywhere: `50,000`, `3.25`, `62%`, scores as `0.7`.
public enum Format {
    /// Up to two decimals, trailing zeros dropped, thousands grouped with commas.
    public static func number(_ value: Double) -> String {
        // The loader keeps numbers within ±1e15, so this is for values computed from them;
        // beyond it, hundredths would not fit an Int.
        guard value.isFinite, abs(value) < 1e16 else { return String(value) }
        let negative = value < 0
        let hundredths = Int((abs(value) * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction != 0 {
            grouped += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return (negative && hundredths != 0 ? "-" : "") + grouped
    }

    /// A share as a whole percentage: 0.625 → "63%" (half rounds up).
    public static func percent(_ share: Double) -> String { "\(percentValue(share))%" }

    /// "for 60% write 0.6": a progress share written as a whole percentage from 2 to 100, said
    /// as the share meant; nil for any other number (1.5 may be a typo of 0.15, or no percentage).
    public static func percentMeantAsShare(_ value: Double) -> String? {
        guard (2...100).contains(value), value == value.rounded() else { return nil }
        return "for \(number(value))% write \(number(value / 100))"
    }

    public static func percentValue(_ share: Double) -> Int {
        guard share.isFinite else { return 0 }
        return Int((min(max(share, -1e12), 1e12) * 100).rounded())
    }

    /// Scores read on the 0.0–1.0 scale with up to two decimals: 0.7, 0.65, 1.0.
    public static func score(_ value: Double) -> String {
        let text = number(value)
        return text.contains(".") ? text : text + ".0"
    }
}
