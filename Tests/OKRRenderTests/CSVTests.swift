import Testing
@testable import OKRRender

@Suite struct CSVTests {
    @Test func quotesOnlyWhatNeedsIt() {
        #expect(CSV.render(.text("Ana")) == "Ana")
        #expect(CSV.render(.text("Sales, EMEA")) == "\"Sales, EMEA\"")
        #expect(CSV.render(.text("the \"big\" one")) == "\"the \"\"big\"\" one\"")
        #expect(CSV.render(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSV.render(.number(-3)) == "-3", "numbers are never taken for formulas")
    }

    /// A name written as a formula must reach the spreadsheet as text.
    @Test func formulasBecomeText() {
        #expect(CSV.render(.text("=HYPERLINK(\"http://x\")")) == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        for start in ["+", "-", "@", "\t"] {
            #expect(CSV.render(.text(start + "1")) == "'\(start)1")
        }
        #expect(CSV.render(.text("a=b")) == "a=b")
    }

    @Test func tableHasAByteOrderMarkAndCRLFLines() {
        let table = CSV.table(header: ["a", "b"], rows: [[.text("x"), .number(1)]])
        #expect(table == "\u{FEFF}a,b\r\nx,1\r\n")
    }
}
