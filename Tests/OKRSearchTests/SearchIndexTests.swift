import Foundation
import Testing
@testable import OKRSearch

/// The posting list of one gram, decoded from its shard.
func postings(_ files: [String: String], _ gram: [Unicode.Scalar], shards: Int) throws -> Set<Int> {
    let shard = Int(SearchIndex.hash(gram.map(\.value)) % UInt32(shards))
    let table = try JSONSerialization.jsonObject(with: Data(files["search-index/grams-\(shard).json"]!.utf8)) as! [String: [Int]]
    var list: Set<Int> = []
    var running = 0
    for gap in table[String(String.UnicodeScalarView(gram))] ?? [] {
        running += gap
        list.insert(running)
    }
    return list
}

/// Runs a query the way `assets/portal.js` does: grams (pairs for two characters, triples
/// for more) → shards → intersect → verify.
func search(_ index: SearchIndex, _ query: String) throws -> [String] {
    let files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.contents) })
    let meta = try JSONSerialization.jsonObject(with: Data(files["search-index/meta.json"]!.utf8)) as! [String: Any]
    let (shards, perShard) = (meta["gramShards"] as! Int, meta["documentsPerShard"] as! Int)
    let text = SearchIndex.normalize(query)
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2 else { return [] }
    let length = min(3, scalars.count)
    var candidates: Set<Int>?
    for i in 0...(scalars.count - length) {
        let list = try postings(files, Array(scalars[i..<i + length]), shards: shards)
        candidates = candidates.map { $0.intersection(list) } ?? list
    }
    return try candidates!.sorted().compactMap { number in
        let docs = try JSONSerialization.jsonObject(with: Data(files["search-index/docs-\(number / perShard).json"]!.utf8)) as! [[String]]
        let doc = docs[number % perShard]
        return doc[4].contains(text) ? doc[1] : nil
    }
}

@Suite struct SearchIndexTests {
    let documents = [
        SearchDocument(kind: "person", label: "Ana Lima", detail: "Sales", path: "people/ana/", text: "Ana Lima ana.lima@meridian.example"),
        SearchDocument(kind: "person", label: "王芳", detail: "物流", path: "people/wang/", text: "王芳 wang.fang@meridian.example"),
        SearchDocument(kind: "objective", label: "O1 把跨境物流时效缩短到七天", detail: "物流", path: "teams/logistics/#O1", text: "把跨境物流时效缩短到七天 Cut cross-border delivery to seven days"),
        SearchDocument(kind: "objective", label: "O2 Grow \"repeat\" buyers", detail: "Sales", path: "teams/sales/#O2", text: "Grow \"repeat\" buyers\nfrom 20% to 35%"),
    ]

    @Test func findsPeopleByEmailAndNameSubstrings() throws {
        let index = SearchIndex(documents: documents)
        #expect(try search(index, "ana.lima@") == ["Ana Lima"])
        #expect(try search(index, "LIMA") == ["Ana Lima"])
        #expect(try search(index, "王芳") == ["王芳"])
    }

    @Test func findsChineseSubstringsWithoutSpaces() throws {
        let index = SearchIndex(documents: documents)
        #expect(try search(index, "物流时效") == ["O1 把跨境物流时效缩短到七天"])
        #expect(try search(index, "七天") == ["O1 把跨境物流时效缩短到七天"])
        #expect(try search(index, "seven days") == ["O1 把跨境物流时效缩短到七天"])
        #expect(try search(index, "时效长").isEmpty)
    }

    @Test func pairsInEveryDocumentAreCheckedForTheWholeQuery() throws {
        // "ana" and "na." both occur in the first document but not as "an.": no false hit.
        let index = SearchIndex(documents: documents)
        #expect(try search(index, "an.l").isEmpty)
        #expect(try search(index, "20% to 35") == ["O2 Grow \"repeat\" buyers"])
    }

    @Test func triplesNarrowLongerQueries() throws {
        // Both e-mails hold the pairs "p4" and "44"; only one holds "p44".
        let index = SearchIndex(documents: [
            SearchDocument(kind: "person", label: "A", detail: "", path: "people/a/", text: "p4044@example.com"),
            SearchDocument(kind: "person", label: "B", detail: "", path: "people/b/", text: "p44@example.com"),
        ])
        let files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.contents) })
        let shards = try (JSONSerialization.jsonObject(with: Data(files["search-index/meta.json"]!.utf8)) as! [String: Any])["gramShards"] as! Int
        #expect(try postings(files, Array("p4".unicodeScalars), shards: shards) == [0, 1])
        #expect(try postings(files, Array("p44".unicodeScalars), shards: shards) == [1])
        #expect(try search(index, "p44") == ["B"])
        #expect(try search(index, "44") == ["A", "B"])
    }

    @Test func normalisesWidthCaseAndWhiteSpace() {
        #expect(SearchIndex.normalize("  Ｅｍａｉｌ\n\tAna  ") == "email ana")
        #expect(SearchIndex.normalize("ＡＢＣ１２３") == "abc123")
    }

    /// ASCII text skips NFKC; every ASCII byte, control characters included, must come out
    /// as the general path makes it.
    @Test func asciiShortcutAgreesWithTheGeneralPath() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + Array("  \t\nAaZz09@.-")
        for _ in 0..<3000 {
            let text = String((0..<next(40)).map { _ in alphabet[next(alphabet.count)] })
            #expect(SearchIndex.normalizeKnownScalars(text) == SearchIndex.normalizeAnyText(text), "\(text.debugDescription)")
        }
        #expect(SearchIndex.normalizeKnownScalars("Café") == nil)
        #expect(SearchIndex.normalizeKnownScalars("团队\u{3000}建设") == nil, "the ideographic space is white space: the general path")
    }

    @Test func accentsComeOff() throws {
        #expect(SearchIndex.normalize("José NGUYỄN Çelik chén") == "jose nguyen celik chen")
        #expect(SearchIndex.normalize("İstanbul Ångström") == "istanbul angstrom")
        #expect(SearchIndex.normalize("がぎぐ パ") == "がぎぐ ぱ", "kana keep their voicing marks")
        let index = SearchIndex(documents: [SearchDocument(kind: "person", label: "José Nuñez", detail: "", path: "people/jose/", text: "José Nuñez")])
        #expect(try search(index, "jose nunez") == ["José Nuñez"])
        #expect(try search(index, "NUÑEZ") == ["José Nuñez"])
    }

    @Test func kanaFoldTogetherWhateverTheirWidth() {
        let hiragana = SearchIndex.normalize("おーけーあーる")
        #expect(SearchIndex.normalize("オーケーアール") == hiragana)
        #expect(SearchIndex.normalize("ｵｰｹｰｱｰﾙ") == hiragana, "half-width katakana, through NFKC")
        #expect(SearchIndex.normalize("ガイド") == SearchIndex.normalize("ｶﾞｲﾄﾞ"), "a half-width sound mark joins its kana")
        #expect(SearchIndex.normalize("ヷ") == "ヷ", "a katakana with no hiragana stays")
    }

    /// Every scalar the shortcut takes past ASCII comes out as Foundation's NFKC and
    /// lower-casing make it, alone and mixed with ASCII, white space and each other.
    @Test func knownScalarsShortcutAgreesWithTheGeneralPath() {
        let kept = (0x80...0xFFFF).compactMap(Unicode.Scalar.init).filter { SearchIndex.isKeptByNFKC($0.value) }
        let fullWidth = (0xFF01...0xFF5E).compactMap(Unicode.Scalar.init)
        #expect(kept.count > 27_000)
        for scalar in kept + fullWidth {
            let text = "A" + String(scalar) + " b"
            #expect(SearchIndex.normalizeKnownScalars(text) == SearchIndex.normalizeAnyText(text), "U+\(String(scalar.value, radix: 16))")
        }
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("  \t\nAaZz09@.-") + (kept.prefix(300) + kept.suffix(300) + fullWidth).map(Character.init)
        for _ in 0..<3000 {
            let text = String((0..<next(30)).map { _ in alphabet[next(alphabet.count)] })
            #expect(SearchIndex.normalizeKnownScalars(text) == SearchIndex.normalizeAnyText(text), "\(text.debugDescription)")
        }
    }

    @Test func shardsGrowWithTheIndexAndOutputIsDeterministic() {
        let many = (0..<3000).map { SearchDocument(kind: "person", label: "P\($0)", detail: "", path: "people/p\($0)/", text: "person number \($0) p\($0)@example.com 第\($0)号") }
        let first = SearchIndex(documents: many)
        let second = SearchIndex(documents: many)
        #expect(first.files.map(\.contents) == second.files.map(\.contents))
        #expect(first.files.filter { $0.path.contains("grams-") }.count > 1)
        #expect(first.files.filter { $0.path.contains("docs-") }.count == 8)
    }

    /// The site writes the index as it is made, a batch of files at a time, so the whole
    /// index is never in memory; the batches are the same files in the same order.
    @Test func batchesAreTheWholeIndexInOrder() {
        let many = (0..<3000).map { SearchDocument(kind: "person", label: "P\($0)", detail: "", path: "people/p\($0)/", text: "Person  Number \($0) 第\($0)号") }
        var batches: [[SearchIndex.File]] = []
        SearchIndex.write(documents: many, filesPerBatch: 5) { batches.append($0) }
        #expect(batches.count >= 4)
        #expect(batches.allSatisfy { $0.count <= 5 })
        let whole = SearchIndex(documents: many).files
        #expect(batches.flatMap { $0 }.map(\.path) == whole.map(\.path))
        #expect(batches.flatMap { $0 }.map(\.contents) == whole.map(\.contents))
        #expect(whole.last?.path == "\(SearchIndex.directory)/meta.json")
        #expect(whole.contains { $0.contents.contains("person number 12 第12号") }, "documents hold the normalised text")
    }
}
