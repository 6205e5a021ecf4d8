/// The one way the portal writes JSON: straight into bytes, compact (no spaces or new lines,
/// slashes as they are), strings escaped by one routine, members in the order written. A
/// record lists its fields once, in `write(to:)`, in the order its schema gives (sorted, for
/// the export). Large documents stream: with a `drain`, what is written goes on after each
/// array element once `drainSize` bytes have gathered, so a 400 MB export is never whole in
/// memory.
///
/// The members that take a generic value are `@inlinable`, so the modules that write JSON
/// get them specialised for their types: called across the module boundary unspecialised,
/// each `field` looked up the metadata of its `Optional<T>` at run time, a fifth of the time
/// of writing the export.
public struct JSONWriter {
    public var bytes: [UInt8] = []
    /// Whether the container being written already has a member.
    @usableFromInline var hasMembers = false
    /// Takes the bytes written so far (and empties them); see `element`.
    @usableFromInline let drain: ((inout [UInt8]) -> Void)?
    /// Large enough that the drain (a `write(2)`) runs rarely.
    public static let drainSize = 1 << 20

    public init(drain: ((inout [UInt8]) -> Void)? = nil) {
        self.drain = drain
        if drain != nil { bytes.reserveCapacity(Self.drainSize + Self.drainSize / 4) }
    }

    @inlinable public mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    @inlinable public mutating func array(_ elements: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    /// A member of the object being written; a `nil` leaves the key out (`Nullable` writes
    /// `null` instead).
    @inlinable public mutating func field(_ key: String, _ value: (some JSONValue)?) {
        guard let value else { return }
        startMember()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        value.write(to: &self)
    }

    /// A member whose value the closure writes (an object or array built in place).
    @inlinable public mutating func field(_ key: String, writing value: (inout JSONWriter) -> Void) {
        startMember()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        value(&self)
    }

    /// An element of the array being written; then, when streaming, the bytes so far go on
    /// if there are enough of them.
    @inlinable public mutating func element(_ value: some JSONValue) {
        startMember()
        value.write(to: &self)
        if let drain, bytes.count >= Self.drainSize { drain(&bytes) }
    }

    /// Whatever is left, to the drain (at the end of a streamed document).
    public mutating func finish() {
        if let drain, !bytes.isEmpty { drain(&bytes) }
    }

    @inlinable public mutating func string(_ text: String) { Self.append(quoted: text, to: &bytes) }

    public mutating func number(_ value: Double) {
        // The loader lets no infinity or NaN through; should one come, JSON has only null.
        guard value.isFinite else { return null() }
        // Swift's shortest round-trip form, without the ".0" of whole numbers: 1, 0.5, 1e-05.
        let text = value.description
        bytes += text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...]
    }

    public mutating func integer(_ value: Int) { DecimalDigits.append(value, to: &bytes) }

    public mutating func bool(_ value: Bool) { bytes += (value ? "true" : "false").utf8 }

    public mutating func null() { bytes += "null".utf8 }

    @inlinable mutating func container(open: UInt8, close: UInt8, _ members: (inout JSONWriter) -> Void) {
        bytes.append(open)
        let outerHasMembers = hasMembers
        hasMembers = false
        members(&self)
        bytes.append(close)
        hasMembers = outerHasMembers
    }

    @inlinable mutating func startMember() {
        if hasMembers { bytes.append(UInt8(ascii: ",")) }
        hasMembers = true
    }

    // MARK: Strings

    /// `text` as a JSON string literal.
    public static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        append(quoted: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as a JSON string literal, appended as UTF-8: runs that need no escape are
    /// copied whole. Quotes, backslashes and control characters are escaped, and so are
    /// U+2028 and U+2029, which JSON allows in strings but end a string literal in older
    /// JavaScript (the search index is read by a script). Slashes stay as they are.
    public static func append(quoted text: String, to out: inout [UInt8]) {
        var text = text
        out.reserveCapacity(out.count + text.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func escape(_ length: Int, _ replacement: StaticString) {
                out += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                out += UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
                index += length
                runStart = index
            }
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): escape(1, #"\""#)
                case UInt8(ascii: "\\"): escape(1, #"\\"#)
                case UInt8(ascii: "\n"): escape(1, #"\n"#)
                case UInt8(ascii: "\r"): escape(1, #"\r"#)
                case UInt8(ascii: "\t"): escape(1, #"\t"#)
                case let byte where byte < 0x20:
                    let digits: [UInt8] = Array("0123456789abcdef".utf8)
                    out += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
                    index += 1
                    runStart = index
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: escape(3, #"\u2028"#)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9: escape(3, #"\u2029"#)
                default: index += 1
                }
            }
            out += UnsafeBufferPointer(rebasing: bytes[runStart...])
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A value `JSONWriter` can write.
public protocol JSONValue {
    func write(to json: inout JSONWriter)
}

extension String: JSONValue {
    public func write(to json: inout JSONWriter) { json.string(self) }
}

extension Double: JSONValue {
    public func write(to json: inout JSONWriter) { json.number(self) }
}

extension Int: JSONValue {
    public func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Bool: JSONValue {
    public func write(to json: inout JSONWriter) { json.bool(self) }
}

extension Array: JSONValue where Element: JSONValue {
    @inlinable public func write(to json: inout JSONWriter) {
        json.array { array in
            for element in self { array.element(element) }
        }
    }
}

/// Keys sorted, so the output does not depend on the dictionary's order.
extension Dictionary: JSONValue where Key == String, Value: JSONValue {
    public func write(to json: inout JSONWriter) {
        json.object { object in
            for key in keys.sorted() { object.field(key, self[key]) }
        }
    }
}

/// A value written as JSON `null` when absent (where an optional leaves the key out), so
/// every record has the same keys.
public enum Nullable<Wrapped: JSONValue>: JSONValue {
    case some(Wrapped)
    case none

    @inlinable public init(_ value: Wrapped?) {
        self = value.map(Nullable.some) ?? .none
    }

    @inlinable public func write(to json: inout JSONWriter) {
        switch self {
        case .some(let value): value.write(to: &json)
        case .none: json.null()
        }
    }
}
