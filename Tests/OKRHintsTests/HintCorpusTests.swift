import Foundation
import Testing
import OKRSyntax
@testable import OKRHints

/// Measures the text rules against the labelled corpus: precision and recall per rule, each
/// at least 0.9. The table it prints is the one in README.
@Suite struct HintCorpusTests {
    struct Example {
        var kind: String
        var language: String
        var text: String
        var rules: Set<String>
    }

    static let textRules: [(id: String, kind: String, test: @Sendable (String) -> Bool)] = [
        ("bare-phrase-objective", "objective", TextAnalysis.isBarePhrase),
        ("status-quo-objective", "objective", TextAnalysis.isStatusQuo),
        ("routine-objective", "objective", TextAnalysis.isRoutine),
        ("unmeasurable-key-result", "key-result", TextAnalysis.isUnmeasurable),
        ("task-key-result", "key-result", TextAnalysis.isTask),
    ]

    static func corpus() throws -> [Example] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/corpus.yaml")
        guard case .sequence(let items)? = try YAMLParser.parse(String(contentsOf: url, encoding: .utf8))?.value else { return [] }
        return items.compactMap { item in
            guard case .mapping(let pairs) = item.value else { return nil }
            var fields: [String: YAMLNode] = [:]
            for pair in pairs { if let key = pair.keyText { fields[key] = pair.value } }
            func text(_ key: String) -> String? {
                if case .scalar(let value, _)? = fields[key]?.value { return value }
                return nil
            }
            var rules: Set<String> = []
            if case .sequence(let list)? = fields["rules"]?.value {
                for rule in list { if case .scalar(let id, _) = rule.value { rules.insert(id) } }
            }
            return Example(kind: text("kind") ?? "", language: text("lang") ?? "", text: text("text") ?? "", rules: rules)
        }
    }

    @Test func corpusIsLargeAndBalanced() throws {
        let examples = try Self.corpus()
        #expect(examples.count >= 80)
        let chinese = examples.count { $0.language == "zh" }
        #expect(abs(chinese * 2 - examples.count) <= examples.count / 10, "about half Chinese, half English")
        for rule in Self.textRules {
            #expect(examples.contains { $0.rules.contains(rule.id) }, "\(rule.id) has positive examples")
        }
        let known = Set(Self.textRules.map(\.id))
        #expect(examples.allSatisfy { $0.rules.isSubset(of: known) && ["objective", "key-result"].contains($0.kind) })
    }

    @Test func eachTextRuleReachesPrecisionAndRecallOf90Percent() throws {
        let examples = try Self.corpus()
        var table = "| rule | examples | positives | precision | recall |\n|---|---|---|---|---|\n"
        for rule in Self.textRules {
            let relevant = examples.filter { $0.kind == rule.kind }
            var truePositives = 0, falsePositives = 0, falseNegatives = 0
            var mistakes: [String] = []
            for example in relevant {
                let predicted = rule.test(example.text)
                let expected = example.rules.contains(rule.id)
                switch (predicted, expected) {
                case (true, true): truePositives += 1
                case (true, false): falsePositives += 1; mistakes.append("false positive: \(example.text)")
                case (false, true): falseNegatives += 1; mistakes.append("missed: \(example.text)")
                case (false, false): break
                }
            }
            let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
            let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
            table += "| `\(rule.id)` | \(relevant.count) | \(truePositives + falseNegatives) | \(String(format: "%.2f", precision)) | \(String(format: "%.2f", recall)) |\n"
            if !mistakes.isEmpty { print("\(rule.id): \(mistakes)") }
            #expect(precision >= 0.9, "\(rule.id) precision \(precision): \(mistakes)")
            #expect(recall >= 0.9, "\(rule.id) recall \(recall): \(mistakes)")
        }
        print(table)
    }
}
