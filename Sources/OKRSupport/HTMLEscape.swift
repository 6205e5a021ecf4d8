/// HTML escaping for text put into pages and SVG: `& < > " '` become entities. Works on
/// UTF-8 bytes (these five are ASCII, so they never split a character); most text has none
/// of them and is appended whole. `escapeXML` uses the same table for the feeds and the
/// sitemap, leaving the apostrophe as it is (XML text and double-quoted attributes need
/// only the other four).
public enum HTMLEscape {
    public static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else {
            output += text
            return
        }
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            if let entity = entity(for: utf8[index]) {
                output += text[runStart..<index]
                output += entity
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[runStart..<utf8.endIndex]
    }

    /// The same, appended as UTF-8 bytes.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output, apostrophe: true) }
    }

    /// `bytes` with each byte that needs it as its entity (the apostrophe only with
    /// `apostrophe`): runs between them are copied whole.
    @inline(__always)
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], apostrophe: Bool) {
        var runStart = 0
        for (index, byte) in bytes.enumerated() where needsEscape(byte) && (apostrophe || byte != 0x27) {
            output += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
            let entity = entityBytes(for: byte)
            output += UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
            runStart = index + 1
        }
        output += UnsafeBufferPointer(rebasing: bytes[runStart...])
    }

    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return output
    }

    /// The five bytes as bits of one word: all five are below 64, and so is little else in
    /// most text (letters and every byte of a CJK character are above), so one comparison
    /// settles most bytes.
    static let escapedBelow64: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && escapedBelow64 >> UInt64(byte) & 1 != 0
    }

    @inline(__always)
    static func entityBytes(for byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }

    @inline(__always)
    static func entity(for byte: UInt8) -> String? {
        needsEscape(byte) ? "\(entityBytes(for: byte))" : nil
    }

    /// For XML: `& < > "` as entities, the apostrophe as it is. On the contiguous bytes of a
    /// String: taking any StringProtocol, it ran unspecialised across the module boundary,
    /// element by element, and was 2% of a build (every entry of every team's feed).
    public static func escapeXML(_ text: String) -> String {
        var source = text
        return source.withUTF8 { bytes in
            guard bytes.contains(where: { needsEscape($0) && $0 != 0x27 }) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            append(bytes, to: &out, apostrophe: false)
            return String(decoding: out, as: UTF8.self)
        }
    }

    public static func escapeXML(_ text: Substring) -> String {
        escapeXML(String(text))
    }
}
