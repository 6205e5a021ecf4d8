import Foundation
import Testing
@testable import OKRRender

/// The export's records are written by hand (`CompactJSON`); they must come out byte for byte
/// as `JSONEncoder` prints them, whatever the strings and numbers hold.
@Suite struct CompactJSONTests {
    /// A seeded generator, so a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    struct Values {
        var generator: SplitMix64

        /// Escapes of every kind, slashes, multi-byte characters and line separators.
        mutating func string() -> String {
            let pieces = ["a", "Q4", " ", "/", "\"", "\\", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{b}", "\u{c}", "\r",
                          "\u{1b}", "\u{1f}", "\u{7f}", "é", "中文", "😀", "\u{2028}", "e\u{301}", "</script>", "&amp;"]
            return (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }

        /// Whole numbers, fractions, binary noise, very small and very large values, signs.
        mutating func double() -> Double {
            switch Int.random(in: 0...6, using: &generator) {
            case 0: return Double(Int.random(in: -1000...1000, using: &generator))
            case 1: return Double(Int.random(in: 0...10_000, using: &generator)) / 10_000
            case 2: return Double.random(in: -1...1, using: &generator)
            case 3: return Double.random(in: 0...1, using: &generator) * pow(10, Double(Int.random(in: -12...(-4), using: &generator)))
            case 4: return Double.random(in: 0...1, using: &generator) * pow(10, Double(Int.random(in: 15...300, using: &generator)))
            case 5: return [0.0, -0.0, 0.1 + 0.2, 1e16, 1e15, 123_456_789.125, .leastNonzeroMagnitude, .greatestFiniteMagnitude].randomElement(using: &generator)!
            default: return Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &generator) ? 1 : -1)
            }
        }

        mutating func maybe<T>(_ make: (inout Values) -> T) -> T? {
            Bool.random(using: &generator) ? make(&self) : nil
        }

        mutating func nullable<T>(_ make: (inout Values) -> T) -> Nullable<T> { Nullable(maybe(make)) }

        mutating func strings() -> [String] {
            (0..<Int.random(in: 0...3, using: &generator)).map { _ in string() }
        }

        mutating func keyResult() -> ExportKeyResult {
            ExportKeyResult(
                ref: string(), id: string(), title: string(), kind: string(), progress: double(), raw_progress: double(),
                score: nullable { $0.double() }, start: maybe { $0.double() }, target: maybe { $0.double() },
                current: maybe { $0.double() }, unit: maybe { $0.string() }, done: maybe { Bool.random(using: &$0.generator) },
                weight: double(), confidence: nullable { Int.random(in: -10...10, using: &$0.generator) },
                due: nullable { $0.string() }, owner: nullable { $0.string() }, last_checkin: nullable { $0.string() },
                aligned_by: strings())
        }

        mutating func objective() -> ExportObjective {
            let titles = maybe { values in
                Dictionary((0..<Int.random(in: 0...3, using: &values.generator)).map { _ in (values.string(), values.string()) }, uniquingKeysWith: { first, _ in first })
            }
            return ExportObjective(
                ref: string(), cycle: string(), owner: string(), id: string(), title: string(), titles: titles, type: string(),
                priority: nullable { $0.string() }, confidence: nullable { Int.random(in: 1...10, using: &$0.generator) },
                weight: double(), progress: double(), score: nullable { $0.double() }, status: string(), aligns: strings(),
                aligned_by: strings(), chain: strings(), url: string(),
                key_results: (0..<Int.random(in: 0...4, using: &generator)).map { _ in keyResult() })
        }
    }

    func expectSameAsEncoder(_ record: some Encodable & CompactJSONValue) throws {
        var json = CompactJSON()
        record.write(to: &json)
        let encoded = Array(try SplicedJSON.encoder().encode(record))
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }

    @Test func exportRecordsMatchTheEncoder() throws {
        var values = Values(generator: SplitMix64(state: 20261123))
        for _ in 0..<400 { try expectSameAsEncoder(values.objective()) }
    }

    @Test func alignmentRecordsMatchTheEncoder() throws {
        var values = Values(generator: SplitMix64(state: 7))
        for _ in 0..<400 {
            try expectSameAsEncoder(AlignmentNodeRecord(
                ref: values.string(), cycle: values.string(), owner: values.string(), owner_name: values.string(),
                level: Int.random(in: -1...9, using: &values.generator), title: values.string(), progress: values.double(),
                status: values.string(), url: values.string()))
            try expectSameAsEncoder(AlignmentEdgeRecord(
                source: values.string(), target: values.string(), key_result: values.nullable { $0.string() }, direction: values.string()))
        }
    }

    /// JSON has no infinity or NaN; `null` stands in rather than text no reader accepts.
    @Test func nonFiniteNumbersAreNull() {
        for value in [Double.nan, .infinity, -.infinity] {
            var json = CompactJSON()
            json.number(value)
            #expect(json.bytes == Array("null".utf8))
        }
    }
}
