/// "@li.na" in a check-in note: a person named by their id, as in a chat. The "@" has to begin
/// a word, so an e-mail address (ops@example.com) mentions nobody, and a dot or hyphen that
/// ends the id ends the sentence ("thanks @li.na.").
public enum Mentions {
    public struct Found: Sendable, Equatable {
        /// The id as written, lower-cased (ids are).
        public var id: String
        /// Where "@id" stands in the text.
        public var range: Range<String.Index>
    }

    /// A note names at most this many people; past it the rest is plain text.
    public static let limit = 20

    public static func find(in text: String) -> [Found] {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return [] }
        var found: [Found] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count, found.count < limit {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "@"), index == 0 || !isIDByte(bytes[index - 1]) else { continue }
            var end = index + 1
            while end < bytes.count, isIDByte(bytes[end]), end - index <= Identifier.maximumLength { end += 1 }
            // Punctuation after an id ends the sentence or the clause, not the id.
            while end > index + 1, [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(bytes[end - 1]) { end -= 1 }
            guard end > index + 1 else { continue }
            let id = String(decoding: bytes[(index + 1)..<end], as: UTF8.self).lowercased()
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: index)
            found.append(Found(id: id, range: start..<text.utf8.index(start, offsetBy: end - index)))
            index = end - 1
        }
        return found
    }

    /// A letter of either case (an id written "@Li.Na" is still li.na's), a digit, '.', '_' or '-'.
    static func isIDByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || Identifier.isLowerAlnum(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
