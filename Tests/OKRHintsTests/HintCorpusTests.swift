import Foundation
import Testing
import OKRSyntax
@testable import OKRHints

/// Measures the text rules against the labelled corpus, per rule and per half: the tuning half
/// (whose mistakes it prints; heuristics change only while looking at these) holds 0.9, the
/// evaluation half what it measured once; its table is the one in README.
@Suite struct HintCorpusTests {
    struct Example {
        var half: String
        var kind: String
        var language: String
        var text: String
        /// The key result's kind where it was written with one: a milestone is judged as the
        /// checker judges it (see `TextAnalysis.isUnmeasurable(_:milestone:)`).
        var measure: String?
        var rules: Set<String>
    }

    /// Each rule as the checker applies it.
    static let textRules: [(id: String, kind: String, test: @Sendable (Example) -> Bool)] = [
        ("bare-phrase-objective", "objective", { TextAnalysis.isBarePhrase($0.text) }),
        ("status-quo-objective", "objective", { TextAnalysis.isStatusQuo($0.text) }),
        ("routine-objective", "objective", { TextAnalysis.isRoutine($0.text) }),
        ("unmeasurable-key-result", "key-result", { TextAnalysis.isUnmeasurable([$0.text], milestone: $0.measure == "milestone") }),
        ("task-key-result", "key-result", { TextAnalysis.isTask($0.text) }),
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
            return Example(half: text("half") ?? "", kind: text("kind") ?? "", language: text("lang") ?? "", text: text("text") ?? "", measure: text("measure"), rules: rules)
        }
    }

    @Test func corpusIsLargeAndBalanced() throws {
        let examples = try Self.corpus()
        #expect(examples.count >= 300)
        let chinese = examples.count { $0.language == "zh" }
        #expect(abs(chinese * 2 - examples.count) <= examples.count / 10, "about half Chinese, half English")
        #expect(examples.count { $0.half == "eval" } * 2 == examples.count, "two halves of one size")
        #expect(examples.allSatisfy { ["tune", "eval"].contains($0.half) }, "scripts/split-corpus.py puts every title in a half")
        for rule in Self.textRules {
            #expect(examples.count { $0.half == "eval" && $0.rules.contains(rule.id) } >= 8, "\(rule.id) has positive examples to evaluate on")
        }
        let known = Set(Self.textRules.map(\.id))
        #expect(examples.allSatisfy { $0.rules.isSubset(of: known) && ["objective", "key-result"].contains($0.kind) })
    }

    /// Precision and recall of each rule on one half, as a Markdown table, and the mistakes.
    static func measure(_ examples: [Example]) -> (table: String, scores: [(rule: String, precision: Double, recall: Double, mistakes: [String])]) {
        var table = "| rule | examples | positives | precision | recall |\n|---|---|---|---|---|\n"
        var scores: [(String, Double, Double, [String])] = []
        for rule in Self.textRules {
            let relevant = examples.filter { $0.kind == rule.kind }
            var truePositives = 0, falsePositives = 0, falseNegatives = 0
            var mistakes: [String] = []
            for example in relevant {
                let predicted = rule.test(example)
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
            scores.append((rule.id, precision, recall, mistakes))
        }
        return (table, scores)
    }

    @Test func eachTextRuleReachesPrecisionAndRecallOf90PercentOnTheTuningHalf() throws {
        let (table, scores) = Self.measure(try Self.corpus().filter { $0.half == "tune" })
        print("tuning half:\n" + table)
        for score in scores {
            if !score.mistakes.isEmpty { print("\(score.rule): \(score.mistakes)") }
            #expect(score.precision >= 0.9, "\(score.rule) precision \(score.precision): \(score.mistakes)")
            #expect(score.recall >= 0.9, "\(score.rule) recall \(score.recall): \(score.mistakes)")
        }
    }

    /// The evaluation half, measured after each round of new titles and tuning (the
    /// nineteenth, 2026-12-06, a round of tuning with no new titles, 1,505 titles a half;
    /// unmeasurable key results judged by kind as the checker judges them). Every figure is
    /// held to the 0.9 the project aims for and to what was measured, so none gets worse
    /// unnoticed. Tuning while reading this half's mistakes would make its figures
    /// meaningless: raising a floor needs new titles, split by scripts/split-corpus.py, and
    /// tuning on the tuning half only. Only the figures are printed, never this half's titles.
    static let evaluationFloors: [String: (precision: Double, recall: Double)] = [
        "bare-phrase-objective": (0.94, 1.00),
        "status-quo-objective": (0.95, 0.93),
        "routine-objective": (0.94, 0.91),
        "unmeasurable-key-result": (0.95, 0.96),
        "task-key-result": (0.99, 0.91),
    ]

    @Test func evaluationHalfHoldsWhatWasMeasured() throws {
        let (table, scores) = Self.measure(try Self.corpus().filter { $0.half == "eval" })
        print("evaluation half:\n" + table)
        for score in scores {
            let floor = try #require(Self.evaluationFloors[score.rule])
            #expect(score.precision >= floor.precision, "\(score.rule) precision \(score.precision)")
            #expect(score.recall >= floor.recall, "\(score.rule) recall \(score.recall)")
            #expect(score.precision >= 0.9 && score.recall >= 0.9, "\(score.rule) below 0.9: \(score.precision)/\(score.recall)")
        }
    }
}
