/// Texts with `{name}` placeholders (UI strings, hint messages), filled in one pass.
public enum Placeholders {
    /// `template` with each `{name}` replaced by its value; an unknown name, or a `{` never
    /// closed, stays as written. Values are not read again, so a value holding `{name}` is
    /// kept as it is.
    ///
    /// Read as UTF-8 bytes: a page fills one for each chart, and finding the braces character
    /// by character (grapheme breaking) was most of the time. Braces are ASCII, and no other
    /// scalar's UTF-8 contains an ASCII byte, so every cut falls between whole scalars.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var template = template
        return template.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "{") else {
                    index += 1
                    continue
                }
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")) else { break }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
                if let value = values[name] {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.append(contentsOf: value.utf8)
                    runStart = close + 1
                }
                index = close + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
