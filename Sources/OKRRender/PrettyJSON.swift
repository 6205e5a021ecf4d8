/// JSON written straight into bytes, laid out exactly as `SplicedJSON.encoder()` prints it
/// (two-space indents, `"key" : value`, an empty container as an opening bracket, a blank
/// line and its closing bracket; slashes unescaped), for the records that make up most of
/// the export and the alignment files. `JSONEncoder` builds a tree of boxed values for each
/// record and sorts its keys; that was three quarters of the export's time.
///
/// A record writes its fields in sorted key order itself. The tests encode the same records
/// with `JSONEncoder` and compare the bytes, so a field left out or put out of order fails.
struct PrettyJSON {
    var bytes: [UInt8]
    /// How deep the container being written is nested.
    private var depth: Int
    /// Whether the container being written already has a member.
    private var hasMembers = false

    init(bytes: [UInt8] = [], depth: Int = 0) {
        self.bytes = bytes
        self.depth = depth
    }

    mutating func object(_ members: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array(_ elements: (inout PrettyJSON) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    /// A member of the object being written; a `nil` optional leaves the key out, as
    /// `Encodable`'s synthesised `encodeIfPresent` does.
    mutating func field(_ key: String, _ value: (some PrettyJSONValue)?) {
        guard let value else { return }
        startMember()
        string(key)
        bytes += " : ".utf8
        value.write(to: &self)
    }

    /// An element of the array being written.
    mutating func element(_ value: some PrettyJSONValue) {
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

    private mutating func container(open: UInt8, close: UInt8, _ members: (inout PrettyJSON) -> Void) {
        bytes.append(open)
        let outerHasMembers = hasMembers
        hasMembers = false
        depth += 1
        members(&self)
        depth -= 1
        bytes += hasMembers ? "\n".utf8 : "\n\n".utf8
        indent()
        bytes.append(close)
        hasMembers = outerHasMembers
    }

    private mutating func startMember() {
        bytes += hasMembers ? ",\n".utf8 : "\n".utf8
        hasMembers = true
        indent()
    }

    private mutating func indent() {
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }
}

/// A value `PrettyJSON` can write.
protocol PrettyJSONValue {
    func write(to json: inout PrettyJSON)
}

extension String: PrettyJSONValue {
    func write(to json: inout PrettyJSON) { json.string(self) }
}

extension Double: PrettyJSONValue {
    func write(to json: inout PrettyJSON) { json.number(self) }
}

extension Int: PrettyJSONValue {
    func write(to json: inout PrettyJSON) { json.bytes += description.utf8 }
}

extension Bool: PrettyJSONValue {
    func write(to json: inout PrettyJSON) { json.bytes += (self ? "true" : "false").utf8 }
}

extension Array: PrettyJSONValue where Element: PrettyJSONValue {
    func write(to json: inout PrettyJSON) {
        json.array { array in
            for element in self { array.element(element) }
        }
    }
}

extension Dictionary: PrettyJSONValue where Key == String, Value: PrettyJSONValue {
    func write(to json: inout PrettyJSON) {
        json.object { object in
            for key in keys.sorted() { object.field(key, self[key]) }
        }
    }
}

extension Nullable: PrettyJSONValue where Wrapped: PrettyJSONValue {
    func write(to json: inout PrettyJSON) {
        switch self {
        case .some(let value): value.write(to: &json)
        case .none: json.null()
        }
    }
}
