/// JSON written straight into bytes, laid out exactly as `SplicedJSON.encoder()` prints it
/// (compact: no spaces or new lines; slashes unescaped), for the records that make up most of
/// the export and the alignment files. `JSONEncoder` builds a tree of boxed values for each
/// record and sorts its keys; that was most of the export's time.
///
/// A record writes its fields in sorted key order itself. The tests encode the same records
/// with `JSONEncoder` and compare the bytes, so a field left out or put out of order fails.
/// Compact because these files are tens of megabytes for a large company and are read by
/// tools: indentation was 40% of their bytes.
struct CompactJSON {
    var bytes: [UInt8]
    /// Whether the container being written already has a member.
    private var hasMembers = false

    init(bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    mutating func object(_ members: (inout CompactJSON) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array(_ elements: (inout CompactJSON) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    /// A member of the object being written; a `nil` optional leaves the key out, as
    /// `Encodable`'s synthesised `encodeIfPresent` does.
    mutating func field(_ key: String, _ value: (some CompactJSONValue)?) {
        guard let value else { return }
        startMember()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        value.write(to: &self)
    }

    /// An element of the array being written.
    mutating func element(_ value: some CompactJSONValue) {
        startMember()
        value.write(to: &self)
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes += UnsafeBufferPointer(rebasing: utf8[runStart..<offset])
                runStart = offset + 1
                switch byte {
                case UInt8(ascii: "\""): bytes += #"\""#.utf8
                case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
                case 0x08: bytes += #"\b"#.utf8
                case 0x09: bytes += #"\t"#.utf8
                case 0x0A: bytes += #"\n"#.utf8
                case 0x0C: bytes += #"\f"#.utf8
                case 0x0D: bytes += #"\r"#.utf8
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes += #"\u00"#.utf8
                    bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            bytes += UnsafeBufferPointer(rebasing: utf8[runStart...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Double) {
        // The loader lets no infinity or NaN through; should one come, JSON has only null for
        // it (where `JSONEncoder` would have refused the whole record).
        guard value.isFinite else { return null() }
        // Swift's shortest round-trip form, without the ".0" of whole numbers: 1, 0.5, 1e-05.
        let text = value.description
        bytes += text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...]
    }

    mutating func null() { bytes += "null".utf8 }

    private mutating func container(open: UInt8, close: UInt8, _ members: (inout CompactJSON) -> Void) {
        bytes.append(open)
        let outerHasMembers = hasMembers
        hasMembers = false
        members(&self)
        bytes.append(close)
        hasMembers = outerHasMembers
    }

    private mutating func startMember() {
        if hasMembers { bytes.append(UInt8(ascii: ",")) }
        hasMembers = true
    }
}

/// A value `CompactJSON` can write.
protocol CompactJSONValue {
    func write(to json: inout CompactJSON)
}

extension String: CompactJSONValue {
    func write(to json: inout CompactJSON) { json.string(self) }
}

extension Double: CompactJSONValue {
    func write(to json: inout CompactJSON) { json.number(self) }
}

extension Int: CompactJSONValue {
    func write(to json: inout CompactJSON) { json.bytes += description.utf8 }
}

extension Bool: CompactJSONValue {
    func write(to json: inout CompactJSON) { json.bytes += (self ? "true" : "false").utf8 }
}

extension Array: CompactJSONValue where Element: CompactJSONValue {
    func write(to json: inout CompactJSON) {
        json.array { array in
            for element in self { array.element(element) }
        }
    }
}

extension Dictionary: CompactJSONValue where Key == String, Value: CompactJSONValue {
    func write(to json: inout CompactJSON) {
        json.object { object in
            for key in keys.sorted() { object.field(key, self[key]) }
        }
    }
}

extension Nullable: CompactJSONValue where Wrapped: CompactJSONValue {
    func write(to json: inout CompactJSON) {
        switch self {
        case .some(let value): value.write(to: &json)
        case .none: json.null()
        }
    }
}
