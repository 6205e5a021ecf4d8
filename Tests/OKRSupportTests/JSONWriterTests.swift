import Foundation
import OKRTestSupport
import Testing
import OKRSupport

/// The one JSON writer: what it writes parses back to what was written, whatever the strings
/// and numbers hold, and a streamed document is the same bytes as one written whole.
@Suite struct JSONWriterTests {
    /// Escapes of every kind, slashes, multi-byte characters and line separators.
    static func string(_ generator: inout SplitMix64) -> String {
        let pieces = ["a", "Q4", " ", "/", "\"", "\\", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{b}", "\u{c}", "\r",
                      "\u{1b}", "\u{1f}", "\u{7f}", "é", "中文", "😀", "\u{2028}", "\u{2029}", "e\u{301}", "</script>", "&amp;"]
        return (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Whole numbers, fractions, binary noise, very small and very large values, signs.
    static func double(_ generator: inout SplitMix64) -> Double {
        switch Int.random(in: 0...5, using: &generator) {
        case 0: return Double(Int.random(in: -1000...1000, using: &generator))
        case 1: return Double(Int.random(in: 0...10_000, using: &generator)) / 10_000
        case 2: return Double.random(in: -1...1, using: &generator)
        case 3: return Double.random(in: 0...1, using: &generator) * pow(10, Double(Int.random(in: -12...(-4), using: &generator)))
        case 4: return [0.0, 0.1 + 0.2, 1e16, 1e15, 123_456_789.125, .leastNonzeroMagnitude, .greatestFiniteMagnitude].randomElement(using: &generator)!
        default: return Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &generator) ? 1 : -1)
        }
    }

    @Test func whatIsWrittenParsesBack() throws {
        var generator = SplitMix64(state: 20261205)
        for _ in 0..<500 {
            let (text, number, count) = (Self.string(&generator), Self.double(&generator), Int.random(in: -5000...5000, using: &generator))
            let list = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.string(&generator) }
            let optional: String? = Bool.random(using: &generator) ? Self.string(&generator) : nil
            var json = JSONWriter()
            json.object { fields in
                fields.field("text", text)
                fields.field("number", number)
                fields.field("count", count)
                fields.field("list", list)
                fields.field("optional", optional)
                fields.field("nullable", Nullable(optional))
                fields.field("map", ["b": 2, "a": 1])
                fields.field("flag", true)
            }
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
            #expect(parsed["text"] as? String == text, "\(text.debugDescription)")
            // Foundation's parser rounds some numbers on Linux; Swift's reads them exactly.
            var alone = JSONWriter()
            alone.number(number)
            #expect(Double(String(decoding: alone.bytes, as: UTF8.self)) == number)
            #expect(parsed["number"] is NSNumber)
            #expect(parsed["count"] as? Int == count)
            #expect(parsed["list"] as? [String] == list)
            #expect((parsed["optional"] as? String) == optional && (optional != nil || !parsed.keys.contains("optional")), "nil leaves the key out")
            #expect(optional != nil || parsed["nullable"] is NSNull, "Nullable writes null")
            #expect(parsed["flag"] as? Bool == true)
            // Strings end no script's string literal.
            let raw = String(decoding: json.bytes, as: UTF8.self)
            #expect(!raw.contains("\u{2028}") && !raw.contains("\u{2029}"))
            #expect(raw.contains(#""map":{"a":1,"b":2}"#), "dictionaries in key order")
        }
    }

    @Test func slashesStayAsTheyAre() {
        #expect(JSONWriter.quote("teams/sales/O1 </script>") == #""teams/sales/O1 </script>""#)
    }

    /// JSON has no infinity or NaN; `null` stands in rather than text no reader accepts.
    @Test func nonFiniteNumbersAreNull() {
        for value in [Double.nan, .infinity, -.infinity] {
            var json = JSONWriter()
            json.number(value)
            #expect(json.bytes == Array("null".utf8))
        }
        var json = JSONWriter()
        json.array { $0.element(1.0); $0.element(0.5); $0.element(1e-05); $0.element(-3) }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[1,0.5,1e-05,-3]", "whole numbers without .0")
    }

    /// Drained every element past the limit, the pieces make up the document written whole.
    @Test func aStreamedDocumentIsTheWholeOne() {
        func write(_ json: inout JSONWriter) {
            json.object { document in
                document.field("head", "x")
                document.field("items", writing: { items in
                    items.array { for index in 0..<40_000 { $0.element(["id": "item-\(index)", "text": "中文 \"\(index)\""]) } }
                })
                document.field("tail", 1)
            }
        }
        var whole = JSONWriter()
        write(&whole)
        final class Pieces { var bytes: [UInt8] = []; var drains = 0 }
        let pieces = Pieces()
        var streamed = JSONWriter(drain: { bytes in pieces.bytes += bytes; pieces.drains += 1; bytes.removeAll(keepingCapacity: true) })
        write(&streamed)
        streamed.finish()
        #expect(pieces.drains > 1)
        #expect(pieces.bytes == whole.bytes)
    }
}
