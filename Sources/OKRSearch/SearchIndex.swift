import Foundation
import OKRModel
import OKRSupport

/// Something search can find: a person, a team or an objective.
public struct SearchDocument: Sendable, Equatable {
    public var kind: String
    public var label: String
    /// The second line of a result: a person's title and team, an objective's owner and cycle.
    public var detail: String
    /// Site path relative to a language root; the script puts the page's base in front.
    public var path: String
    /// Everything the document is found by (name, e-mail, titles in every language).
    public var text: String

    public init(kind: String, label: String, detail: String, path: String, text: String) {
        self.kind = kind
        self.label = label
        self.detail = detail
        self.path = path
        self.text = text
    }
}

/// A static, sharded substring index that a browser searches without a server.
///
/// Every document's text is normalised (NFKC, lower case, runs of white space made one
/// space) and cut into overlapping grams of two and of three characters: "增长" and "ow"
/// alike, which is what makes substring search work for Chinese, where there are no spaces
/// between words. A query of two characters looks up its pair; a longer one looks up its
/// triples, which narrow far better (in an organisation of 50,000 people "p4" and "44" both
/// occur in thousands of e-mail addresses that do not contain "p44"). Each gram's posting
/// list (the documents containing it) lives in one of `gramShards` files chosen by a hash of
/// the gram, so a query downloads only the shards of its own grams. The documents themselves
/// are in files of `documentsPerShard`, fetched only for the candidates that every gram of
/// the query agrees on, and checked for the whole query there. Queries need two characters;
/// one character would match nearly everything.
public struct SearchIndex: Sendable {
    public static let directory = "search-index"
    public static let documentsPerShard = 400
    /// Postings per gram shard aimed at: about 30–60 KB of JSON before compression.
    static let postingsPerShard = 12_000
    /// The gram lengths indexed; `assets/portal.js` uses the longest the query allows.
    public static let gramLengths = [2, 3]

    /// One file of the index, as UTF-8.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var contents: String { String(decoding: bytes, as: UTF8.self) }
    }

    public var files: [File] = []

    /// The whole index at once (for tests and small sites).
    public init(documents: [SearchDocument]) {
        var files: [File] = []
        Self.write(documents: documents) { files += $0 }
        self.files = files
    }

    /// Files handed to `emit` at a time: enough to write together, few enough to let go of.
    public static let filesPerBatch = 64

    /// Where one gram's posting list lies in the array of all of them.
    private struct Slot {
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// Makes the index's files — the document shards, the gram shards, then `meta.json` — and
    /// hands them to `emit` a batch at a time, so the index of 50,000 people (over 100 MB) is
    /// never whole in memory. The document shards are written as the documents are read,
    /// leaving only their normalised text; the posting lists are counted first and then
    /// filled into one array, with no per-gram arrays and their spare capacity.
    public static func write(documents: consuming [SearchDocument], filesPerBatch: Int = filesPerBatch, emit: ([File]) -> Void) {
        var documents = documents
        var batch: [File] = []
        func add(_ path: String, _ bytes: [UInt8]) {
            batch.append(File(path: path, bytes: bytes))
            if batch.count >= filesPerBatch {
                emit(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }

        // Pass 1: normalise, count the documents each gram occurs in, write the document shards.
        var texts: [String] = []
        texts.reserveCapacity(documents.count)
        var slots: [UInt64: Slot] = [:]
        var total = 0
        var seen: Set<UInt64> = []
        // Files are made as bytes, numbers written digit by digit: 24 million postings at
        // 50,000 people made a String each.
        var shardJSON: [UInt8] = []
        for number in documents.indices {
            let text = Self.normalize(documents[number].text)
            seen.removeAll(keepingCapacity: true)
            for gram in Self.grams(of: text) where seen.insert(gram).inserted {
                slots[gram, default: Slot()].count += 1
            }
            total += seen.count
            let document = documents[number]
            shardJSON += (number % Self.documentsPerShard == 0 ? "[[" : ",\n[").utf8
            for (position, field) in [document.kind, document.label, document.detail, document.path, text].enumerated() {
                if position > 0 { shardJSON.append(UInt8(ascii: ",")) }
                JSONWriter.append(quoted: field, to: &shardJSON)
            }
            shardJSON.append(UInt8(ascii: "]"))
            if number % Self.documentsPerShard == Self.documentsPerShard - 1 || number == documents.count - 1 {
                shardJSON.append(UInt8(ascii: "]"))
                add("\(Self.directory)/docs-\(number / Self.documentsPerShard).json", shardJSON)
                shardJSON = []
            }
            documents[number] = SearchDocument(kind: "", label: "", detail: "", path: "", text: "")
            texts.append(text)
        }
        let documentCount = documents.count
        documents = []

        // Pass 2: each gram's list is a slice of one array, filled in document order.
        var start: Int32 = 0
        for index in slots.indices {
            slots.values[index].start = start
            start += slots.values[index].count
            slots.values[index].count = 0
        }
        var lists = [Int32](repeating: 0, count: total)
        for (number, text) in texts.enumerated() {
            seen.removeAll(keepingCapacity: true)
            for gram in Self.grams(of: text) where seen.insert(gram).inserted {
                let index = slots.index(forKey: gram)!
                lists[Int(slots.values[index].start + slots.values[index].count)] = Int32(number)
                slots.values[index].count += 1
            }
        }
        texts = []

        var shardCount = 1
        while shardCount < 4096 && shardCount * Self.postingsPerShard < total { shardCount *= 2 }
        var shards = Array(repeating: [(key: String, slot: Slot)](), count: shardCount)
        for (gram, slot) in slots {
            let points = Self.unpack(gram)
            let key = String(String.UnicodeScalarView(points.map { Unicode.Scalar($0)! }))
            shards[Int(Self.hash(points) % UInt32(shardCount))].append((key, slot))
        }
        slots = [:]
        for number in shards.indices {
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (position, entry) in shards[number].sorted(by: { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }).enumerated() {
                if position > 0 { json.append(UInt8(ascii: ",")) }
                JSONWriter.append(quoted: entry.key, to: &json)
                json += ":[".utf8
                // Gaps rather than numbers: lists are sorted, gaps are short.
                var previous: Int32 = 0
                for index in 0..<Int(entry.slot.count) {
                    let document = lists[Int(entry.slot.start) + index]
                    if index > 0 { json.append(UInt8(ascii: ",")) }
                    DecimalDigits.append(Int(document - previous), to: &json)
                    previous = document
                }
                json.append(UInt8(ascii: "]"))
            }
            json.append(UInt8(ascii: "}"))
            shards[number] = []
            add("\(Self.directory)/grams-\(number).json", json)
        }
        add("\(Self.directory)/meta.json", Array(#"{"version":2,"documents":\#(documentCount),"documentsPerShard":\#(Self.documentsPerShard),"gramShards":\#(shardCount),"gramLengths":[2,3]}"#.utf8))
        emit(batch)
    }

    /// NFKC, lower case, katakana as hiragana, white space runs as one space, trimmed. The
    /// script does the same. NFKC makes half-width katakana full-width; folding the two kana
    /// together lets "おーけーあーる" find "オーケーアール", as Japanese search boxes do.
    public static func normalize(_ text: String) -> String {
        normalizeKnownScalars(text) ?? normalizeAnyText(text)
    }

    /// `normalize` for any text, through Foundation's NFKC, with accents taken off first
    /// (decomposed, then the Combining Diacritical Marks U+0300–U+036F dropped): "José" and
    /// "Nguyễn" are found by "jose" and "nguyen", "chén" by "chen". Kana's voicing marks lie
    /// outside that block and stay.
    static func normalizeAnyText(_ text: String) -> String {
        var unaccented = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            unaccented.append(scalar)
        }
        let folded = String(unaccented).precomposedStringWithCompatibilityMapping.lowercased()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(Unicode.Scalar(foldKana(scalar.value)) ?? scalar)
        }
        return String(out)
    }

    /// Katakana ァ (U+30A1) to ヶ (U+30F6) as the hiragana 0x60 below them; any other scalar
    /// as it is.
    static func foldKana(_ value: UInt32) -> UInt32 {
        (0x30A1...0x30F6).contains(value) ? value - 0x60 : value
    }

    /// `normalize` for text made only of scalars whose NFKC form is known (names, e-mail
    /// addresses, English and most Chinese titles): ASCII, lower-cased and with white space
    /// on bytes; CJK ideographs and common punctuation, which NFKC and lower-casing leave as
    /// they are; full-width ASCII forms, which NFKC makes ASCII. Nil for any other text.
    /// Foundation's NFKC makes a new string through ICU for every text, where most need only
    /// lower-casing.
    static func normalizeKnownScalars(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            func appendASCII(_ byte: UInt8) {
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = !out.isEmpty
                    } else {
                        appendASCII(byte)
                    }
                    index += 1
                    continue
                }
                // Two- and three-byte sequences only (the text is valid UTF-8); the scalars
                // taken here all lie below U+10000.
                let length = byte >= 0xE0 ? 3 : 2
                guard byte < 0xF0, index + length <= bytes.count else { return nil }
                let value = length == 2
                    ? UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    : UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if (0xFF01...0xFF5E).contains(value) {
                    appendASCII(UInt8(value - 0xFEE0))
                } else if isKeptByNFKC(value) {
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    let folded = foldKana(value)
                    if folded == value {
                        out += UnsafeBufferPointer(rebasing: bytes[index..<index + length])
                    } else {
                        // Kana lie in U+3000–U+30FF: three bytes, E3 8x xx.
                        out += [0xE0 | UInt8(folded >> 12), 0x80 | UInt8(folded >> 6 & 0x3F), 0x80 | UInt8(folded & 0x3F)]
                    }
                } else {
                    return nil
                }
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Scalars that NFKC and lower-casing leave as they are, none of them white space or
    /// combining: CJK ideographs, CJK punctuation, hiragana and katakana (without the
    /// combining sound marks and the spacing marks NFKC rewrites), general punctuation, the
    /// middle dot. A test holds every one of them to Foundation.
    static func isKeptByNFKC(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3001...0x3035, 0x3037, 0x303B...0x303F,
             0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FE,
             0x2010, 0x2012...0x2016, 0x2018...0x2023, 0x2027, 0xB7: true
        default: false
        }
    }

    /// Overlapping pairs and triples of code points, packed into one integer each: a pair
    /// as a marker bit with 21 bits per code point, a triple as three times 21 bits.
    static func grams(of text: String) -> [UInt64] {
        let scalars = text.unicodeScalars.map { UInt64($0.value) }
        guard scalars.count > 1 else { return [] }
        var grams: [UInt64] = []
        grams.reserveCapacity(2 * scalars.count)
        for i in 0..<scalars.count - 1 {
            grams.append(pairMarker | scalars[i] << 21 | scalars[i + 1])
            if i + 2 < scalars.count { grams.append(scalars[i] << 42 | scalars[i + 1] << 21 | scalars[i + 2]) }
        }
        return grams
    }

    static let pairMarker: UInt64 = 1 << 63
    static let pointMask: UInt64 = (1 << 21) - 1

    static func unpack(_ gram: UInt64) -> [UInt32] {
        let last = [UInt32(truncatingIfNeeded: gram >> 21 & pointMask), UInt32(truncatingIfNeeded: gram & pointMask)]
        return gram & pairMarker != 0 ? last : [UInt32(truncatingIfNeeded: gram >> 42 & pointMask)] + last
    }

    /// FNV-1a over the gram's code points; `assets/portal.js` computes the same.
    static func hash(_ points: [UInt32]) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for point in points { h = (h ^ point) &* 16_777_619 }
        return h
    }
}
