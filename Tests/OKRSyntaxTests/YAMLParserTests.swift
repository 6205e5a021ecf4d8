import Testing
@testable import OKRSyntax

@Suite struct YAMLParserTests {
    func mapping(_ node: YAMLNode?) -> [YAMLPair] {
        guard case .mapping(let pairs)? = node?.value else { Issue.record("not a mapping"); return [] }
        return pairs
    }

    /// The byte walk that spares decoding must let through every character the scalar rule
    /// forbids: checked for every Unicode scalar, so the two cannot drift apart.
    @Test func theBytePreFilterPassesEveryForbiddenCharacter() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), YAMLNode.isForbiddenCharacter(scalar) else { continue }
            #expect(YAMLNode.mayHoldForbiddenCharacter("a" + String(Character(scalar)) + "b"), "U+\(String(value, radix: 16))")
        }
        // Most text is let by undecoded: tabs, line breaks, Chinese, accents. ("→" and "—"
        // share the lead byte of U+2028, so they are decoded, and pass there.)
        #expect(!YAMLNode.mayHoldForbiddenCharacter("Grow\tsales\n增长 café 2026"))
    }

    @Test func keepsLineAndColumnOfEveryNode() throws {
        let root = try YAMLParser.parse("title: Grow\nkey_results:\n  - target: 50\n    unit: users\n")
        let pairs = mapping(root)
        #expect(pairs[0].key.position == SourcePosition(line: 1, column: 1))
        #expect(pairs[0].value.position == SourcePosition(line: 1, column: 8))
        guard case .sequence(let items) = pairs[1].value.value else { Issue.record("no list"); return }
        let kr = mapping(items[0])
        #expect(kr[0].value.position == SourcePosition(line: 3, column: 13))
        #expect(kr[1].key.position == SourcePosition(line: 4, column: 5))
    }

    @Test func lineOffsetShiftsPositions() throws {
        let root = try YAMLParser.parse("a: 1\nb: 2\n", lineOffset: 1)
        #expect(mapping(root)[1].key.position == SourcePosition(line: 3, column: 1))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try YAMLParser.parse("标题: 团队建设\nx: 1\n")
        #expect(mapping(root)[0].value.position == SourcePosition(line: 1, column: 5))
    }

    @Test func quotedScalarsAreNotPlain() throws {
        let pairs = mapping(try YAMLParser.parse("a: \"2026\"\nb: 2026\nc: '7'\n"))
        #expect(pairs[0].value.value == .scalar("2026", plain: false))
        #expect(pairs[1].value.value == .scalar("2026", plain: true))
        #expect(pairs[2].value.value == .scalar("7", plain: false))
    }

    @Test func emptyTextIsNoDocument() throws {
        #expect(try YAMLParser.parse("") == nil)
    }

    @Test func syntaxErrorCarriesPosition() {
        #expect(throws: YAMLError.self) { try YAMLParser.parse("a: [1, 2\nb: 3\n") }
        do {
            _ = try YAMLParser.parse("objectives:\n  - title: x\n   bad: y\n", lineOffset: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.position.line == 4)
            #expect(error.message.contains("did not find expected"))
        }
    }

    /// A tab in the indentation is invisible in most editors; the message names it, after
    /// wide characters earlier on its line as well.
    @Test func aTabInTheIndentationIsNamed() {
        for (text, line, column) in [("objectives:\n\t- title: x\n", 2, 1), ("k: 名前\nobjectives:\n  - t: 1\n  \t  c: 2\n", 4, 3)] {
            do {
                _ = try YAMLParser.parse(text)
                Issue.record("expected an error for \(text.debugDescription)")
            } catch {
                #expect(error.message.hasSuffix("(a tab; YAML indents with spaces only)"), "\(error.message)")
                #expect(error.position == .init(line: line, column: column))
            }
        }
        // Other mistakes say nothing of tabs.
        #expect(throws: YAMLError.self) { try YAMLParser.parse("a: [1, 2\nb: 3\n") }
        do { _ = try YAMLParser.parse("a: b: c\n") } catch { #expect(!error.message.contains("tab")) }
    }

    /// Fields on one line without braces, and a {…} mapping missing a comma, say the fix; a
    /// {…} left open still points where it opened.
    @Test func fieldsOnOneLineSayTheFix() {
        func failure(_ text: String) -> YAMLError? {
            do { _ = try YAMLParser.parse(text); return nil } catch { return error }
        }
        let braces = failure("checkins:\n  - date: 2026-11-02, value: 3, note: x\n")
        #expect(braces?.message.hasSuffix("(several fields on one line go in braces: - {date: 2026-11-02, value: 3, note: x})") == true, "\(String(describing: braces))")
        let comma = failure("checkins:\n  - {date: 2026-11-02 value: 3, note: x}\n")
        #expect(comma?.message.hasSuffix("(a comma is missing before 'value:')") == true, "\(String(describing: comma))")
        #expect(comma?.position == .init(line: 2, column: 23), "at the field after the gap")
        let open = failure("checkins:\n  - {date: 2026-11-02, value: 3\nx: 1\n")
        #expect(open?.position == .init(line: 2, column: 5), "where the {…} opened")
    }

    @Test func aliasesExpandToTheAnchoredNode() throws {
        let pairs = mapping(try YAMLParser.parse("base: &b {x: 1}\ncopy: *b\n"))
        #expect(mapping(pairs[1].value).first?.keyText == "x")
    }

    @Test func aliasBombIsRefused() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let items = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(items)]\n"
        }
        #expect(throws: YAMLError.self) { try YAMLParser.parse(text) }
    }

    @Test func multipleDocumentsAreRefused() {
        #expect(throws: YAMLError.self) { try YAMLParser.parse("a: 1\n---\nb: 2\n") }
    }

    /// Nesting past the limit is refused where it starts, without reading the rest: libyaml
    /// spends time in proportion to the depth on every token, so 200,000 levels took minutes.
    @Test func deepNestingIsRefusedAtTheLimit() throws {
        let depth = 200_000
        // Two mappings, then the 255th `[` (column 6 + 254) is the 257th collection.
        let text = "a:\n  b: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: YAMLError(message: "collections nested more than 256 levels deep", position: .init(line: 2, column: 260))) {
            try YAMLParser.parse(text)
        }
        let allowed = YAMLParser.maximumDepth - 1
        #expect(try YAMLParser.parse(String(repeating: "[", count: allowed) + String(repeating: "]", count: allowed)) != nil)
    }
}

@Suite struct YAMLErrorPositionTests {
    @Test(arguments: [
        ("a: [1, 2\nb: 3\n", 1, 4),            // unclosed flow sequence: where it opens
        ("a: {x: 1\nb: 2\n", 1, 4),            // unclosed flow mapping
        ("a: \"open\nb: 2\n", 1, 4),           // unclosed quote
        ("a: 1\n  b: 2\n", 2, 4),              // bad indentation: the offending line
    ])
    func pointsAtTheMistake(text: String, line: Int, column: Int) {
        do {
            _ = try YAMLParser.parse(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.position == SourcePosition(line: line, column: column), "\(error.message)")
        }
    }
}
