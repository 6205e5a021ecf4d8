/// Text written once (`title: Grow revenue`) or per language (`title: {en: …, zh: …}`).
public struct LocalizedText: Sendable, Hashable {
    /// Language code → text, in the order written. A plain string is stored under "".
    public var variants: [(language: String, text: String)]

    public init(_ text: String) {
        variants = [("", text)]
    }

    public init(variants: [(language: String, text: String)]) {
        self.variants = variants
    }

    /// The text for `language`, else the default language's, else the first written.
    public func text(for language: String, fallback: String) -> String {
        if let match = variants.first(where: { $0.language == language }) { return match.text }
        if let match = variants.first(where: { $0.language == fallback }) { return match.text }
        return variants.first?.text ?? ""
    }

    /// Every variant joined, for search and for checks that read all languages.
    public var allText: String { variants.map(\.text).joined(separator: " ") }

    public static func == (a: LocalizedText, b: LocalizedText) -> Bool {
        a.variants.elementsEqual(b.variants) { $0.language == $1.language && $0.text == $1.text }
    }

    public func hash(into hasher: inout Hasher) {
        for variant in variants {
            hasher.combine(variant.language)
            hasher.combine(variant.text)
        }
    }
}
