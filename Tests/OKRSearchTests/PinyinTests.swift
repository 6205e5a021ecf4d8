import Testing
@testable import OKRSearch

/// Chinese names are found by their pinyin: spaced, joined and by initials.
@Suite struct PinyinTests {
    @Test func readsCharactersInTheirCustomaryReadingWithoutTones() {
        #expect(Pinyin.syllable(of: "中") == "zhong" && Pinyin.syllable(of: "国") == "guo" && Pinyin.syllable(of: "吕") == "lv")
        #expect(Pinyin.syllable(of: "㐀") == "qiu", "Extension A is in the table")
        #expect(Pinyin.syllable(of: "A") == nil && Pinyin.syllable(of: "、") == nil && Pinyin.syllable(of: "𠀀") == nil)
        #expect(Pinyin.codes.count == Int(PinyinReadings.last - PinyinReadings.first + 1))
    }

    @Test func aNameGetsItsSpacedJoinedAndInitialForms() {
        #expect(Pinyin.searchText(for: "陈杰 Chen Jie") == "chen jie\nchenjie\ncj")
        #expect(Pinyin.searchText(for: "王芳") == "wang fang\nwangfang\nwf")
        #expect(Pinyin.searchText(for: "Ana Lima") == "")
        // One character: no initials of one letter, no second identical form.
        #expect(Pinyin.searchText(for: "Li 李") == "li")
        // Runs of characters are read apart: "员工100" and a team's "运营事业部".
        #expect(Pinyin.searchText(for: "Person 100 员工100 运营") == "yuan gong\nyuangong\nyg\nyun ying\nyunying\nyy")
    }

    @Test func aSurnameIsAlsoReadAsASurname() {
        let forms = Pinyin.searchText(for: "曾小明").split(separator: "\n")
        #expect(forms == ["ceng xiao ming", "cengxiaoming", "cxm", "zeng xiao ming", "zengxiaoming", "zxm"])
        // Only the name's first character: 单 inside a name keeps its reading.
        #expect(Pinyin.searchText(for: "王单") == "wang dan\nwangdan\nwd")
    }

    @Test func umlautIsSpelledBothWays() {
        #expect(Pinyin.searchText(for: "吕方") == "lv fang\nlvfang\nlu fang\nlufang\nlf")
    }

    @Test func staysBoundedOnLongText() {
        let text = String(repeating: "中", count: 1_000) + String(repeating: " 国", count: 1_000)
        let forms = Pinyin.searchText(for: text)
        #expect(forms.split(separator: "\n").count <= 3 * Pinyin.maximumRuns)
        #expect(forms.utf8.count < 1_000)
    }

    @Test func searchFindsANameByItsPinyin() throws {
        let name = "陈杰"
        let index = SearchIndex(documents: [
            SearchDocument(kind: "person", label: name, detail: "", path: "people/chen.jie/", text: name + "\n" + Pinyin.searchText(for: name)),
            SearchDocument(kind: "person", label: "Ana", detail: "", path: "people/ana/", text: "Ana\n" + Pinyin.searchText(for: "Ana")),
        ])
        for query in ["chenjie", "Chen Jie", "cj", "jie"] {
            #expect(try search(index, query) == [name], "\(query)")
        }
    }
}
