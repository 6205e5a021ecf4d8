/// A position in a source text: 1-based line and column (columns count characters, as
/// libyaml does), already shifted by any front-matter offset.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// One node of a parsed YAML document with the position where it starts.
///
/// Scalars keep whether they were written plain: only plain scalars may be read as numbers,
/// booleans or null, so `id: "2026"` stays a string while `target: 2026` is a number.
public struct YAMLNode: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// The kind of node, for messages such as "expected a list, found a mapping".
    public var kindName: String {
        switch value {
        case .scalar(let text, let plain):
            if plain && (text.isEmpty || text == "~" || text == "null") { return "nothing" }
            return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// True for an empty plain scalar, `~` or `null`: YAML's way of writing "no value".
    public var isNull: Bool {
        if case .scalar(let text, true) = value {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }
}

/// A key with its value, in source order.
public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key as text; non-scalar keys (allowed by YAML, never by us) give nil.
    public var keyText: String? {
        if case .scalar(let text, _) = key.value { return text }
        return nil
    }
}

extension YAMLNode {
    /// Characters no scalar may hold: C0 controls other than tab and line feed, DEL, the C1
    /// controls (U+0085 among them) and the Unicode line and paragraph separators. libyaml
    /// refuses most of them written literally, but a double-quoted escape ("\x01", "\u2028")
    /// lets any of them in; in a page they are invisible, break lines where none shows, or
    /// (U+0001, U+0002) stand in for the page's paths.
    public static func isForbiddenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether `text`'s UTF-8 holds a byte that starts a forbidden character: one below
    /// 0x20 other than tab and line feed, DEL, or the lead byte of U+0080–U+009F (0xC2) or
    /// of U+2028/U+2029 (0xE2). Every scalar of every file is checked, and walking bytes
    /// is a fraction of decoding each scalar; only text with such a byte is decoded.
    static func mayHoldForbiddenCharacter(_ text: String) -> Bool {
        // Through the contiguous bytes: iterating the UTF-8 view element by element was 2% of
        // a 50,000-person check.
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                return true
            }
            return false
        }
    }

    /// Each scalar (key or value) that holds a forbidden character, with the first such
    /// character; walked without recursion.
    public func forbiddenCharacters() -> [(position: SourcePosition, character: Unicode.Scalar)] {
        var found: [(SourcePosition, Unicode.Scalar)] = []
        var pending = [self]
        while let node = pending.popLast() {
            switch node.value {
            case .scalar(let text, _):
                if Self.mayHoldForbiddenCharacter(text),
                   let character = text.unicodeScalars.first(where: Self.isForbiddenCharacter) {
                    found.append((node.position, character))
                }
            case .sequence(let items): pending += items.reversed()
            case .mapping(let pairs):
                for pair in pairs.reversed() {
                    pending.append(pair.value)
                    pending.append(pair.key)
                }
            }
        }
        return found
    }

    /// Said by code point, since the character itself cannot be shown.
    public static func forbiddenCharacterMessage(_ character: Unicode.Scalar) -> String {
        let code = String(character.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return "this text holds U+\(padded), an invisible control character; remove it (tab and line breaks are the only ones allowed)"
    }
}
