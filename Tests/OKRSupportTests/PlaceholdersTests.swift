import Testing
import OKRSupport

@Suite struct PlaceholdersTests {
    @Test func fillsEachNameOnceAndLeavesUnknownOnes() {
        #expect(Placeholders.fill("{from} on {start}, {to}; {unknown} {", ["from": "6%", "start": "2026-10-05", "to": "49%"]) == "6% on 2026-10-05, 49%; {unknown} {")
        #expect(Placeholders.fill("", [:]) == "")
        // A value is not read again: a title that holds a placeholder's name keeps it.
        #expect(Placeholders.fill("“{title}” in {days} days", ["title": "Ship {days}", "days": "3"]) == "“Ship {days}” in 3 days")
        // Read as bytes: characters of several bytes around and inside the braces stay whole.
        #expect(Placeholders.fill("{名}于{日}，{未知}完成{", ["名": "上线", "日": "10月5日"]) == "上线于10月5日，{未知}完成{")
        #expect(Placeholders.fill("{a{b}} 👩‍👩‍👧 {a}", ["a": "1", "a{b": "2"]) == "2} 👩‍👩‍👧 1")
    }
}
