/// Pinyin spellings of names written in Chinese characters, so that search finds 陈杰 by
/// "chenjie", "chen jie" or "cj", as people look each other up in Chinese workplace tools
/// (often on a keyboard without an input method at hand).
///
/// Each character is read in its customary Mandarin reading (Unihan's `kMandarin`, see
/// `PinyinReadings`), without tones. Characters with more than one reading are read one way,
/// except a name's first character, whose reading as a surname is added where it differs
/// (曾 is céng in words, Zēng as a name). ü is spelled both `v` (as pinyin keyboards take it)
/// and `u` (as most romanised names write it).
public enum Pinyin {
    /// The forms searched besides the name itself, one per line: for each run of characters
    /// with readings, its syllables with spaces, without, and (for two or more) their initials.
    /// Empty for a name without Chinese characters. At most `maximumRuns` runs of at most
    /// `maximumRunLength` characters are read: names are short, and the forms must stay few.
    public static func searchText(for name: String) -> String {
        var forms: [String] = []
        var seen: Set<String> = []
        func add(_ form: String) {
            if seen.insert(form).inserted { forms.append(form) }
        }
        for (number, run) in runs(of: name).prefix(maximumRuns).enumerated() {
            var readings = [run]
            if number == 0, let surname = surnameReadings[run[0].scalar], surname != run[0].syllable {
                readings.append([(run[0].scalar, surname)] + run.dropFirst())
            }
            for syllables in readings.map({ $0.map(\.syllable) }) {
                for spelling in spellings(of: syllables) {
                    add(spelling.joined(separator: " "))
                    add(spelling.joined())
                }
                if syllables.count > 1 { add(String(syllables.compactMap(\.first))) }
            }
        }
        // A single syllable spaced and joined is the same form; `seen` kept it once.
        return forms.joined(separator: "\n")
    }

    static let maximumRuns = 4
    static let maximumRunLength = 20

    /// The syllable of `scalar`, nil when it is not an ideograph with a reading.
    static func syllable(of scalar: Unicode.Scalar) -> String? {
        guard scalar.value >= PinyinReadings.first, scalar.value <= PinyinReadings.last else { return nil }
        let number = codes[Int(scalar.value - PinyinReadings.first)]
        return number == 0 ? nil : PinyinReadings.syllables[Int(number) - 1]
    }

    /// Runs of consecutive characters with readings, each cut to `maximumRunLength`.
    static func runs(of text: String) -> [[(scalar: Unicode.Scalar, syllable: String)]] {
        var runs: [[(scalar: Unicode.Scalar, syllable: String)]] = []
        var current: [(scalar: Unicode.Scalar, syllable: String)] = []
        for scalar in text.unicodeScalars {
            if let syllable = syllable(of: scalar) {
                if current.count < maximumRunLength { current.append((scalar, syllable)) }
            } else if !current.isEmpty {
                runs.append(current)
                current = []
                if runs.count == maximumRuns { return runs }
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The syllables as written with `v` for ü, and, when there is one, with `u`.
    static func spellings(of syllables: [String]) -> [[String]] {
        guard syllables.contains(where: { $0.contains("v") }) else { return [syllables] }
        return [syllables, syllables.map { $0.replacing("v", with: "u") }]
    }

    /// The table's syllable numbers, decoded once from its two symbols per code point.
    static let codes: [UInt16] = {
        var value: [UInt8: UInt16] = [:]
        for (index, symbol) in PinyinReadings.alphabet.utf8.enumerated() {
            value[symbol] = UInt16(index)
        }
        let symbols = Array(PinyinReadings.table.utf8)
        return stride(from: 0, to: symbols.count - 1, by: 2).map { value[symbols[$0]]! * 64 + value[symbols[$0 + 1]]! }
    }()

    /// Surnames whose reading differs from the character's customary one.
    static let surnameReadings: [Unicode.Scalar: String] = [
        "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
        "覃": "qin", "乐": "yue", "盖": "ge", "翟": "zhai", "缪": "miao", "秘": "bi", "种": "chong",
        "召": "shao", "繁": "po", "折": "she", "尉": "yu", "卜": "bu", "隗": "wei",
    ]
}
