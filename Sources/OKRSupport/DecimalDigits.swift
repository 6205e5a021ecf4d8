/// Whole numbers written as decimal digits straight into UTF-8 output, for the files made as
/// bytes (maps, the search index), where a `String` per number was a large share of the work.
public enum DecimalDigits {
    /// Appends `number` as plain digits.
    public static func append(_ number: Int, to output: inout [UInt8]) {
        // Most numbers written are map coordinates and counts under a thousand.
        let zero = UInt8(ascii: "0")
        switch number {
        case 0..<10:
            output.append(zero + UInt8(number))
            return
        case 10..<100:
            output.append(zero + UInt8(number / 10))
            output.append(zero + UInt8(number % 10))
            return
        case 100..<1000:
            output.append(zero + UInt8(number / 100))
            output.append(zero + UInt8(number / 10 % 10))
            output.append(zero + UInt8(number % 10))
            return
        default:
            break
        }
        appendLong(number, grouped: false, to: &output)
    }

    /// Appends `number` as readers see counts everywhere in the portal: thousands grouped
    /// with commas, "35,268".
    public static func appendGrouped(_ number: Int, to output: inout [UInt8]) {
        guard number <= -1000 || number >= 1000 else { return append(number, to: &output) }
        appendLong(number, grouped: true, to: &output)
    }

    /// Any number, made right to left in a small buffer on the stack and copied at once; with
    /// `grouped`, a comma before every third digit from the right.
    private static func appendLong(_ number: Int, grouped: Bool, to output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
            var start = digits.count
            var rest = number.magnitude
            var written = 0
            repeat {
                if grouped, written > 0, written % 3 == 0 {
                    start -= 1
                    digits[start] = UInt8(ascii: ",")
                }
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
            if number < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            output += UnsafeBufferPointer(rebasing: digits[start...])
        }
    }
}
