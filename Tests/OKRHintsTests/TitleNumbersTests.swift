import Testing
@testable import OKRHints

@Suite struct TitleNumbersTests {
    @Test(arguments: [
        ("Self-serve sign-ups grow from 10 to 40", "10", "40"),
        ("Average order from €80 to €95", "80", "95"),
        ("Drop-off during setup falls from 40% to 20%", "40", "20"),
        ("Grow ARR from $1.2M to $2M", "1.2", "2"),
        ("New customers from 1,200 to 2,000 a month", "1,200", "2,000"),
        ("Cut first response from 8 hours to 2 hours", "8", "2"),
        ("获客成本从 180 欧元降到 110 欧元", "180", "110"),
        ("ROAS 从 2.5 提升到 3.5", "2.5", "3.5"),
        ("线索接受比例从40%到70%", "40", "70"),
        ("交付周期从 5 天缩短到 2 天", "5", "2"),
        ("月活从 5 万提升至 8 万", "5", "8"),
        ("NPS 30 → 45", "30", "45"),
        ("Churn 5% -> 3%", "5", "3"),
        ("Spend from 50k to 80k euros", "50", "80"),
        ("Long runs from 10km to 21km a week", "10", "21"),
        ("从用户出发，将 NPS 从 30 提升到 45", "30", "45"),
        ("Cut p95 latency from 800ms to 300ms", "800", "300"),
    ])
    func readsTheFromToPair(title: String, from: String, to: String) {
        #expect(TitleNumbers.pair(in: title) == TitleNumbers.Pair(from: from, to: to))
    }

    @Test(arguments: [
        "Ship the new checkout to 100% of merchants by November 30",
        "Cut response time from 2 days to 36 hours",
        "Run the pilot from 2026-10-01 to 2026-12-31",
        "Hire from 3 universities",
        "KR 1: reach 98 merchants 达到 98",
        "注册用户数达到 50,000",
        "Move from Q3 to Q4 planning",
        "交付周期从 2 天缩短到 36 小时",
        "Move reporting from 2026-Q3 → 2026-Q4 dashboards",
        "Cut p95 from v1 to v2",
        "Ship v1 -> v2 of the app",
    ])
    func leavesOtherTitlesAlone(title: String) {
        #expect(TitleNumbers.pair(in: title) == nil)
    }

    @Test func digitsAgreeWhateverThePowerOfTen() {
        #expect(TitleNumbers.agree("40", 40) && TitleNumbers.agree("5", 50_000) && TitleNumbers.agree("40", 0.4))
        #expect(TitleNumbers.agree("1,200", 1_200) && TitleNumbers.agree("2.5", 2.5) && TitleNumbers.agree("0", 0))
        #expect(!TitleNumbers.agree("40", 35) && !TitleNumbers.agree("10", 0) && !TitleNumbers.agree("3.5", 3))
    }

    /// Titles are whatever authors write: pieces of the patterns in any order, cut anywhere,
    /// never make the scanner read past a title's end, and what it reads is in the title.
    @Test func anyArrangementOfThePiecesIsRead() {
        let pieces = ["from", " ", "to", "1", "0", ",", ".", "%", "k", "M", "从", "到", "至", "万", "提升", "→", "-", ">", "€", "天", "days", "é"]
        var seed: UInt64 = 0x5eed
        for _ in 0..<20_000 {
            // A fixed sequence (xorshift), so a failure repeats.
            let length = Int(seed % 9) + 1
            var title = ""
            for _ in 0..<length {
                seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
                title += pieces[Int(seed % UInt64(pieces.count))]
            }
            if let pair = TitleNumbers.pair(in: title) {
                #expect(title.contains(pair.from) && title.contains(pair.to), "\(title)")
            }
        }
    }
}
