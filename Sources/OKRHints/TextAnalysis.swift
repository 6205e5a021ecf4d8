/// Heuristics that read objective and key-result titles in English and Chinese. No model:
/// word lists and a few patterns, each documented with what it catches and what it misses.
/// The labelled corpus in Tests/OKRHintsTests measures them (precision and recall per rule).
public enum TextAnalysis {
    // MARK: Objectives

    /// A topic instead of a direction: "团队建设", "DAU", "Customer success".
    /// Chinese: at most six Han characters that do not start with a verb of direction.
    /// English: at most two words, neither a verb of direction ("Team building", "Revenue");
    /// three words usually carry a verb already ("Data everyone trusts").
    /// Misses: longer noun phrases ("Customer support excellence programme").
    /// A number gives a Chinese title a target ("东莞仓到门 7 天"); a digit in a name does not
    /// ("5G 专网"), nor in English a quarter label ("Q4 marketing"), so English counts words only.
    public static func isBarePhrase(_ title: String) -> Bool { isBarePhrase(Normalized(title)) }

    static func isBarePhrase(_ text: Normalized) -> Bool {
        if text.hanCount > 0 {
            // "2027 年预算": a year names the period, not a target.
            if text.hasNumber && !namesOnlyAYear(text) { return false }
            // A verb of direction at the start ("打造…") or inside ("客户成功打造…") gives a
            // direction; one that only ends a noun compound ("团队建设") does not.
            // A verb of keeping ("维持团队稳定") is a direction too, if a poor one: the status-quo
            // hint says so, one hint per title.
            let hasVerb = zhDirectionVerbs.contains { text.compact.contains($0) && !text.compact.hasSuffix($0) }
                || zhMaintainWords.contains { text.compact.hasPrefix($0) } || startsByStabilising(text)
            // A duty with its recurrence ("每月按时结账") is routine work, not a topic: one hint.
            return text.hanCount <= 6 && text.wordsOutsideNames.count <= 1 && !hasVerb && !isRoutine(text)
        }
        // A name such as "5G" is part of the phrase, not a word of its own ("Private 5G networks").
        let words = text.wordsOutsideNames
        return !words.isEmpty && words.count <= 2 && !words.contains { enDirectionVerbs.contains($0) }
    }

    /// True when the only digits are a year that opens the title ("2027 年预算").
    static func namesOnlyAYear(_ text: Normalized) -> Bool {
        let characters = text.characters
        guard characters.count > 5, characters[4] == "年", characters[..<4].allSatisfy(\.isASCII) && characters[..<4].allSatisfy(\.isNumber) else { return false }
        return !characters[5...].contains { $0.isNumber }
    }

    /// "Keep revenue at Q3 level", "保持 1-2 双月收入水平": maintaining, with no word of growth.
    /// Misses: status quo phrased without such a verb ("Revenue as last quarter").
    public static func isStatusQuo(_ title: String) -> Bool { isStatusQuo(Normalized(title)) }

    static func isStatusQuo(_ text: Normalized) -> Bool {
        let maintains = zhMaintainWords.contains { text.compact.contains($0) } || startsByStabilising(text)
            || enMaintainWords.contains { text.lowered.contains($0) } && !keepsRecords(text)
            // "Stay the market leader" keeps a place; "Volunteers who want to stay" wish for
            // retention. "… where it is" ends a title; "where it was spent" says where.
            || text.lowered.hasPrefix(enStay) || leftWhereItIs(text)
            || negatesDecline(text) || holdsAtALevel(text)
        // A growth word ruled out ("No increase in complaints") is no growth.
        let words = text.latinWords
        let grows = zhGrowthWords.contains { text.compact.contains($0) }
            || words.indices.contains { enGrowthWords.contains(words[$0]) && !($0 > 0 && (words[$0 - 1] == "no" || words[$0 - 1] == "not")) }
        return maintains && !grows
    }

    /// "Keep the visitor log": keeping a record is upkeep (a duty), not holding a level.
    static func keepsRecords(_ text: Normalized) -> Bool {
        let words = text.latinWords
        guard let keep = words.firstIndex(of: "keep") else { return false }
        return words[keep...].prefix(4).contains { enRecordNouns.contains($0) }
    }

    /// "稳定核心团队": 稳定 as the first word is a verb of keeping; "稳定性…" is a noun.
    static func startsByStabilising(_ text: Normalized) -> Bool {
        text.compact.hasPrefix(zhStabilise) && !text.compact.hasPrefix(zhStability)
    }

    /// "Hold occupancy at 85%": held at a level, not moved to one.
    static func holdsAtALevel(_ text: Normalized) -> Bool {
        let words = text.latinWords
        return words.first == "hold" && words.dropFirst().contains("at")
    }

    /// A decline ruled out ("核心指标不下滑", "No drop in customer satisfaction", "no worse
    /// than last quarter"): the aim is to stay where one is.
    static func negatesDecline(_ text: Normalized) -> Bool {
        let words = text.latinWords
        // "don't", "won't": the apostrophe splits off a "t".
        for (index, word) in words.enumerated().dropLast() where word == "no" || word == "not" || word == "never" || word == "t" {
            if enDeclineWords.contains(words[index + 1]) { return true }
            // "Don't let renewals slip": a decline forbidden to what follows "let".
            if words[index + 1] == "let", words[(index + 2)...].contains(where: { enDeclineWords.contains($0) }) { return true }
        }
        // "Stop complaints from creeping back up", "Prevent churn from rising": a change held off.
        if let first = words.first, first == "stop" || first == "prevent", let from = words.firstIndex(of: "from"),
           words[from...].contains(where: { enDeclineWords.contains($0) || enChangingWords.contains($0) }) { return true }
        return zhDeclineWords.contains { text.compact.contains($0) }
    }

    /// A recurring duty: a marker of recurrence ("每月", "every month", "weekly") together with
    /// a word of completing or submitting ("完成", "提交", "payroll", "report") or with no wish
    /// for anything new; a stream of requests; a duty done well; a job description; the upkeep
    /// of an office, a shop or a fleet ("Order office supplies", "保管公司印章").
    /// Misses: a duty with no cadence whose verb and object no list names ("Water the plants").
    public static func isRoutine(_ title: String) -> Bool { isRoutine(Normalized(title)) }

    static func isRoutine(_ text: Normalized) -> Bool {
        let recurs = zhRecurrence.contains { text.compact.contains($0) } || enRecurrence.contains { text.lowered.contains($0) }
            || recursByCadence(text) || namesThisPeriodsDuty(text)
        let duty = zhDutyWords.contains { text.compact.contains($0) } || enDutyWords.contains { text.lowered.contains($0) }
        // Automating a duty ("实现每日自动对账", "Make the weekly report write itself") changes it.
        let words = text.latinWords
        let improves = zhGrowthWords.contains { text.compact.contains($0) }
            || words.indices.contains { enGrowthWords.contains(words[$0]) && !newIsNoNewThing(words, at: $0) }
            || zhAutomation.contains { text.compact.contains($0) } || enAutomation.contains { text.lowered.contains($0) }
            || changesTheDuty(text) || enSoonerPhrases.contains { text.lowered.contains($0) }
        // "做好病历归档", "抓好安全生产": doing a duty well is the duty.
        let doesWell = zhDutyPrefixes.contains { text.compact.hasPrefix($0) }
        // A cadence with no wish in it is a duty whatever its verb ("Visit every store each
        // month"); the wish is looked for only then, as most titles name no cadence. A title
        // that opens with "a" describes a thing to have, and a wish about it outweighs the
        // duty its readers do with it ("A dashboard the team actually reviews every week").
        var recurringDuty = false
        if recurs {
            let wishes = wishesForSomething(text)
            recurringDuty = !wishes || duty && !["a", "an"].contains(words.first)
        }
        return (recurringDuty || handlesStream(text) || doesWell || startsWithAdministering(text) || describesAJob(text) || isAChore(text)) && !improves
    }

    /// "每周上线一个新玩法", "Release a hit show every week": something new, a hit or a feeling
    /// wished for, which makes a cadence an ambition rather than a duty.
    static func wishesForSomething(_ text: Normalized) -> Bool {
        zhWishWords.contains { text.compact.contains($0) } || zhAmbitionWords.contains { text.compact.contains($0) }
            || text.latinWords.contains { enWishWords.contains($0) } || enWishPhrases.contains { text.lowered.contains($0) }
    }

    /// "完成本季度的消防检查", "Submit this month's expense reports": the duty of one period
    /// among many, said by naming the period before it.
    static func namesThisPeriodsDuty(_ text: Normalized) -> Bool {
        dutyFollows(zhThisPeriod, in: text.compact, duties: zhDutyWords) || dutyFollows(enThisPeriod, in: text.lowered, duties: enDutyWords)
    }

    /// Whether a word of `duties` comes after one of `markers` in `text`.
    static func dutyFollows(_ markers: [Pattern], in text: Bytes, duties: [Pattern]) -> Bool {
        // A byte test first: most titles name no period, and `firstRange` walks characters.
        for marker in markers where text.contains(marker) {
            guard let range = text.text.firstRange(of: marker.text) else { continue }
            let after = Bytes(String(text.text[range.upperBound...]))
            if duties.contains(where: { after.contains($0) }) { return true }
        }
        return false
    }

    /// "Renew the fleet insurance", "办理年度工商年检": a title that starts with a verb of
    /// administering and names nothing to reach — no number, no first or new thing, no growth.
    /// Verbs that also start projects ("complete", "run", "完成", "组织") are left out, and so
    /// is a title with a date, which makes the duty a one-off.
    static func startsWithAdministering(_ text: Normalized) -> Bool {
        if text.hasDigit { return false }
        let words = text.latinWords
        // A verb of upkeep counts with the records or requests it tends ("Log incoming
        // calls", "录入学生成绩"): either alone is as often part of a project.
        // "Carry out the audit" administers; "carry on last year's record" keeps a level.
        if words.first == "carry", words.dropFirst().first != "out" { return false }
        if let first = words.first,
           enAdministeringVerbs.contains(first) || enUpkeepVerbs.contains(first)
            && (words.contains { enRecordNouns.contains($0) } || words.dropFirst().contains { enUpkeepObjects.contains($0) }) {
            // A date ("by the end of March") makes it a one-off; "the new term" is a period.
            return !words.indices.contains { index in
                let word = words[index]
                return !newIsNoNewThing(words, at: index)
                    && (enAmbitionWords.contains(word) || enNumberWords.contains(word) || enGrowthWords.contains(word) || enMonths.contains(word)
                        || enChangeWords.contains(word))
            }
        }
        // "负责任地" is responsibly, not in charge of.
        let zhStart = text.hanCount > 0 ? zhDutyVerbStart(text.compact) : text.compact
        if text.hanCount > 0, !text.compact.hasPrefix(zhResponsibly), zhAdministeringVerbs.contains(where: { zhStart.hasPrefix($0) })
            || zhUpkeepVerbs.contains(where: { zhStart.hasPrefix($0) }) && zhRecordNouns.contains(where: { text.compact.contains($0) }) {
            // "报销全流程无纸化", "巡视机器人替代人工巡检": the duty made into something else.
            return !zhAmbitionWords.contains { text.compact.contains($0) } && !zhDateWords.contains { text.compact.contains($0) }
                && !zhProjectWords.contains { text.compact.contains($0) } && !zhChangeWords.contains { text.compact.contains($0) }
                && !text.compact.hasSuffix(zhBecomeSuffix)
        }
        return false
    }

    /// The title from its first verb of a duty on, past whom it is done for ("给客户开具发票"
    /// reads from "开具"); the title itself when it does not start with such a "for".
    static func zhDutyVerbStart(_ compact: Bytes) -> Bytes {
        guard zhForPrepositions.contains(where: { compact.hasPrefix($0) }) else { return compact }
        let characters = Array(compact.text)
        // Whom it is for is a short noun: look no further than eight characters in.
        for offset in characters.indices.dropFirst(2).prefix(7) {
            let rest = Bytes(String(characters[offset...]))
            if zhAdministeringVerbs.contains(where: { rest.hasPrefix($0) }) || zhUpkeepVerbs.contains(where: { rest.hasPrefix($0) }) { return rest }
        }
        return compact
    }

    /// "Clear the print queue", "Lubricate the conveyor belts": a short order with a verb and
    /// "the", and nothing in it to reach — no number, date, growth or change, nothing wished
    /// for — reads as a chore of the job whatever its verb. Verbs of arriving, winning or
    /// turning something into another ("Enter the European market", "Fix the returns
    /// experience for good") carry an ambition without saying how much, so they are left out.
    static func isAChore(_ text: Normalized) -> Bool {
        let words = text.latinWords
        guard text.hanCount == 0, !text.hasDigit, (3...8).contains(words.count), words[1] == "the" else { return false }
        let verb = words[0]
        // "Numbers the leadership team can act on", "Winning the north": a plural or a gerund
        // heads a phrase; an order opens with the verb's bare form ("Process", "Address" end
        // in "ss").
        if verb.hasSuffix("s") && !verb.hasSuffix("ss") && !verb.hasSuffix("us") || verb.hasSuffix("ing") && verb.count > 5 { return false }
        if enNotTaskVerbs.contains(verb) || enReshapingVerbs.contains(verb) || enProjectWords.contains(verb) || enAmbitionVerbs.contains(verb) {
            return false
        }
        // "the best-rated clinic": the halves of a hyphenated word count too.
        let parts = words.flatMap { word in word.contains("-") ? word.split(separator: "-").map(String.init) : [word] }
        return !parts.contains { word in
            enAmbitionWords.contains(word) || enNumberWords.contains(word) || enGrowthWords.contains(word) || enVagueWords.contains(word)
                || enWishWords.contains(word) || enProjectWords.contains(word) || enMonths.contains(word) || enChangeWords.contains(word)
                || enTransformWords.contains(word)
        }
    }

    /// "负责新员工入职手续办理", "Be responsible for after-sales service", "Support HR with
    /// recruiting": a line of a job description, which says what one looks after, not where
    /// to get to. Not with a number, a first or new thing or a growth word ("Support twice the
    /// volume without adding headcount"), and "负责任地" is responsibly, not in charge of.
    static func describesAJob(_ text: Normalized) -> Bool {
        if text.hanCount > 0, zhJobPrefixes.contains(where: { text.compact.hasPrefix($0) }), !text.compact.hasPrefix(zhResponsibly) {
            return !text.hasDigit && !zhAmbitionWords.contains { text.compact.contains($0) } && !zhProjectWords.contains { text.compact.contains($0) }
        }
        let words = text.latinWords
        let startsAsJob = enJobPhrases.contains { text.lowered.hasPrefix($0) }
            || words.first.map { enJobVerbs.contains($0) } == true && words.contains("with")
        guard startsAsJob, !text.hasDigit else { return false }
        return !words.contains { enAmbitionWords.contains($0) || enNumberWords.contains($0) || enGrowthWords.contains($0) || enScaleWords.contains($0) || enProjectWords.contains($0) }
    }

    /// "Make the annual audit a formality", "让年度预算编制不再加班": the title sets out to
    /// change how a duty is done, not to do it.
    static func changesTheDuty(_ text: Normalized) -> Bool {
        let words = text.latinWords
        // "Make sure salaries go out on time" sees a duty done, it reshapes nothing.
        let makesSure = words.count > 1 && words[words.startIndex] == "make" && words[words.startIndex + 1] == "sure"
        return words.first.map { enReshapingVerbs.contains($0) } == true && !makesSure
            || text.compact.hasPrefix(zhLet) || text.compact.contains(zhNoLonger)
    }

    /// Working through a stream of requests as they come ("Handle customer refund requests",
    /// "及时处理客户退款申请"): a duty with no end, whatever its pace, unless it is made faster
    /// or better.
    static func handlesStream(_ text: Normalized) -> Bool {
        let words = text.latinWords
        let handlesEn = words.first.map { enHandlingVerbs.contains($0) } == true && words.contains { enStreamNouns.contains($0) }
        let handlesZh = zhHandlingVerbs.contains { text.compact.contains($0) } && zhStreamNouns.contains { text.compact.contains($0) }
        guard handlesEn || handlesZh else { return false }
        // "Handle twice the orders…": a volume to reach is a target, not the stream.
        if words.contains(where: { enScaleWords.contains($0) }) { return false }
        // "the same day" is ruled out by `isRoutine` for every kind of duty.
        return !words.contains { enSoonerWords.contains($0) } && !zhSoonerWords.contains { text.compact.contains($0) }
    }

    /// A cadence said as "every/each" and a unit ("each quarter", "every other week", "every
    /// 2 weeks": digits are not words, so the unit follows), or as a period's adjective
    /// ("季度审计", "年度体检") that is not one quarter of the calendar ("三季度", "本季度").
    static func recursByCadence(_ text: Normalized) -> Bool {
        let words = text.latinWords
        for (index, word) in words.enumerated().dropLast() where word == "every" || word == "each" || word == "by" {
            // "by Friday" is a weekly deadline; "by the end of" one date, not a cadence.
            if word == "by" ? enWeekdays.contains(words[index + 1]) : enCadenceUnits.contains(words[index + 1]) { return true }
        }
        if zhPeriodAdjectives.contains(where: { text.compact.contains($0) }) { return true }
        guard text.compact.contains(zhQuarterWord) else { return false }
        let characters = text.characters
        for index in characters.indices.dropLast() where characters[index] == "季" && characters[index + 1] == "度" {
            if index == characters.startIndex || !zhOneQuarter.contains(characters[index - 1]) { return true }
        }
        return false
    }

    // MARK: Key results

    /// True when the text states something checkable: a number (Arabic or Chinese with a
    /// measure word such as 两名, 三个), a percentage, a rating (stars, 星, NPS), a date
    /// ("3月15日前", "by November 30", "年底"), or an English number word.
    public static func hasMeasure(_ title: String) -> Bool { hasMeasure(Normalized(title)) }

    static func hasMeasure(_ text: Normalized) -> Bool {
        if text.hasDigit { return true }
        if text.compact.contains(percentWord) { return true }
        // "零重大问题", "零差错": zero of something is a count ("零售", retail, is not).
        if text.compact.contains(zhZero) && !zhZeroWords.contains(where: { text.compact.contains($0) }) { return true }
        // "监管检查无重大问题": none of something, as "零…" is.
        if zhNoneWords.contains(where: { text.compact.contains($0) }) { return true }
        // A cadence ("refreshed hourly", "每周更新") is checkable, and so is a claim about every
        // one of something ("Every new account has a launch plan") unless its verb is a vague
        // one ("Improve all processes").
        if enFrequencyWords.contains(where: { text.latinWords.contains($0) }) || zhFrequencyWords.contains(where: { text.compact.contains($0) }) { return true }
        if text.latinWords.contains(where: { enQuantifiers.contains($0) }) || zhQuantifiers.contains(where: { text.compact.contains($0) }) {
            if !isVague(text) { return true }
        }
        // "No key customer lost", "closed with no major findings": a count of zero, as "零…" is.
        if text.latinWords.first == "no" || text.lowered.contains(withNone) { return true }
        let characters = text.characters
        for index in characters.indices.dropLast() where zhNumerals.contains(characters[index]) {
            if zhMeasureWords.contains(characters[index + 1]) || zhNumerals.contains(characters[index + 1]) { return true }
        }
        // "进入联赛前四": a rank is a place to reach.
        for index in characters.indices.dropFirst() where characters[index - 1] == "前" && zhNumerals.contains(characters[index]) { return true }
        if zhDateWords.contains(where: { text.compact.contains($0) }) || zhRatingWords.contains(where: { text.compact.contains($0) }) { return true }
        return text.latinWords.contains { enNumberWords.contains($0) || enMonths.contains($0) || enRatingWords.contains($0) }
    }

    /// A word of improving with no end point: "improve", "better", "优化", "加强".
    static func isVague(_ text: Normalized) -> Bool {
        text.latinWords.contains { enVagueWords.contains($0) } || zhVagueWords.contains { text.compact.contains($0) }
    }

    /// A binary result that is checked by being true at the end: "live", "launched", "signed",
    /// "上线", "获批". Such milestones are measurable without a number.
    public static func statesMilestone(_ title: String) -> Bool { statesMilestone(Normalized(title)) }

    static func statesMilestone(_ text: Normalized) -> Bool {
        // "图片 CDN 迁移完成": completion as the title's last word is a state, not a to-do.
        zhMilestoneState(text) || text.latinWords.contains { enMilestoneWords.contains($0) }
            || zhCompletionSuffixes.contains { text.compact.hasSuffix($0) }
            || !isVague(text) && (enStatePhrases.contains { text.lowered.contains($0) } || enParticipleState(text))
            || zhBecomesState(text)
            // "完成 A 轮融资": work that ends in what others grant.
            || text.compact.hasPrefix(zhComplete) && endsInWhatIsGranted(text)
    }

    /// A thing in a state its verb left it in ("Disaster recovery tested and documented",
    /// "Two patents filed"): a past participle after the subject, not at the start (a to-do or a
    /// heading) and not one of changing by an unsaid amount ("increased awareness"). Only
    /// without a word of improving: in "More qualified leads" the participle describes.
    static func enParticipleState(_ text: Normalized) -> Bool {
        let words = text.latinWords
        guard words.count >= 2 else { return false }
        return words.dropFirst().contains { word in
            word.count > 4 && word.hasSuffix("ed") && !enNotParticiples.contains(word) && !enChangeParticiples.contains(word)
        }
    }

    /// "合同审批全流程线上化": a title that ends in becoming something (…化) names the state,
    /// unless it asks to push towards it ("推动业务流程标准化").
    static func zhBecomesState(_ text: Normalized) -> Bool {
        text.compact.hasSuffix(zhBecomeSuffix) && !isVague(text) && !zhPushWords.contains { text.compact.contains($0) }
    }

    /// A Chinese milestone word used as a state ("数据平台上线"), not as the first half of a
    /// noun ("改进发布流程" is about the way of releasing, "上线节奏" about its pace).
    static func zhMilestoneState(_ text: Normalized) -> Bool {
        let compact = text.compact.text
        for word in zhMilestoneWords where text.compact.contains(word) {
            var rest = compact[...]
            while let range = rest.firstRange(of: word.text) {
                let after = compact[range.upperBound...]
                if !zhProcessNouns.contains(where: { after.hasPrefix($0) }) { return true }
                rest = compact[range.upperBound...]
            }
        }
        return false
    }

    /// "Improve customer satisfaction", "提升用户满意度": no measure and no milestone state.
    /// A to-do is reported by `isTask` instead, so one title gets one hint.
    public static func isUnmeasurable(_ title: String) -> Bool { isUnmeasurable(Normalized(title)) }

    static func isUnmeasurable(_ text: Normalized) -> Bool {
        !hasMeasure(text) && !statesMilestone(text) && !isTask(text)
    }

    /// The rule as a key result of a kind is judged by, over its title in every language. A
    /// milestone is done or not: one whose title names an end state ("Churn risk shown on the
    /// health score", "墨西哥线路接入规则引擎") can be checked without a number. Only wording
    /// of improving with no end point ("优化用户体验", "Better documentation") leaves the
    /// reader guessing when it is done. Numeric and manual key results are judged by the title
    /// alone: numbers beside "Improve team morale" do not say what they count.
    public static func isUnmeasurable(_ titles: [String], milestone: Bool) -> Bool {
        isUnmeasurable(titles.map(Normalized.init), milestone: milestone)
    }

    static func isUnmeasurable(_ titles: [Normalized], milestone: Bool) -> Bool {
        titles.allSatisfy(isUnmeasurable) && (!milestone || titles.contains(where: isVague))
    }

    /// A one-off action: the title starts, after an optional deadline ("1月10日前，", "By
    /// 30 November,"), with a verb of doing ("完成", "撰写", "send", "meet", "write") and names
    /// no level to reach ("达到", "from … to", "%", "rate"). "完成率达到 100%" is a measure.
    /// Misses: tasks that start with a noun ("Article on OKR versus KPI finished").
    public static func isTask(_ title: String) -> Bool { isTask(Normalized(title)) }

    static func isTask(_ text: Normalized) -> Bool {
        // Every Chinese task verb is Han, so a title without Han characters cannot start with one.
        var startsZh = false
        if text.hanCount > 0 {
            let zh = stripZhRecipient(stripZhDeadline(text.compact.text))
            // Only the verbs that begin with the title's first character: comparing a prefix
            // goes grapheme by grapheme, and every key result's title is read.
            let candidates = zh.first.flatMap { zhTaskVerbsByFirst[$0] } ?? []
            startsZh = candidates.contains { verb in
                zh.hasPrefix(verb) && !zhRateSuffixes.contains { zh.dropFirst(verb.count).hasPrefix($0) }
            }
        }
        let words = stripEnDeadline(text.latinWords)
        // "Compare favourably with …" is a standing, not a comparison to make.
        let comparesWell = words.count > 1 && words[words.startIndex] == "compare" && ["favourably", "favorably", "well"].contains(words[words.startIndex + 1])
        let startsEn = !comparesWell && (words.first.map { enTaskVerbs.contains($0) } ?? false || startsWithVerbAndObject(words) || makesAThing(words))
            || words.count >= 2 && enPhrasalTasks.contains(words[words.startIndex] + " " + words[words.startIndex + 1]) && !comparesWell
        guard startsZh || startsEn else { return false }
        // "完成 SOC 2 审计并拿到报告": the work ends in something received, a milestone.
        if zhResultWords.contains(where: { text.compact.contains($0) }) || endsInWhatIsGranted(text) { return false }
        // "Design contract with the city signed": a thing in its end state, not a to-do.
        if let last = words.last, enMilestoneWords.contains(last) { return false }
        let namesLevel = zhLevelWords.contains { text.compact.contains($0) } || text.lowered.contains(percentSign)
            || enLevelWords.contains { text.lowered.contains($0) } || namesARank(words) || reachesALevel(words)
            // "from 22% to 30%" names a level; "Collect feedback from pilot users" a source.
            || text.lowered.contains(enFrom) && text.latinWords.contains("to") && (text.hasDigit || text.latinWords.contains { enNumberWords.contains($0) })
        return !namesLevel
    }

    /// "Join the top three", "into the top ten": a rank is a level to reach ("our top ten
    /// customers" is a group). "Take market share from …" grows a share, an idiom of winning.
    static func namesARank(_ words: ArraySlice<String>) -> Bool {
        if words.first == "take", words.dropFirst().prefix(2).contains("share") { return true }
        for index in words.indices.dropLast() where words[index] == "top" && enNumberWords.contains(words[index + 1]) {
            if words[..<index].suffix(2).contains(where: { enRankVerbs.contains($0) }) { return true }
        }
        return false
    }
    /// "reaches 1 million", "reach 95%"; "reach out to" is a to-do.
    static func reachesALevel(_ words: ArraySlice<String>) -> Bool {
        words.indices.contains { index in
            ["reach", "reaches", "reached", "reaching"].contains(words[index]) && (index + 1 == words.endIndex || words[index + 1] != "out")
        }
    }
    static let enRankVerbs: Set<String> = ["join", "reach", "enter", "into", "in", "crack", "make", "break", "stay"]

    static func endsInWhatIsGranted(_ text: Normalized) -> Bool {
        zhGrantedSuffixes.contains { text.compact.hasSuffix($0) }
    }

    /// "Make a launch video for the new range": making a thing is a to-do; "Make the checkout
    /// faster" reshapes what exists and is judged by the other rules.
    static func makesAThing(_ words: ArraySlice<String>) -> Bool {
        words.count >= 3 && words.first == "make" && ["a", "an"].contains(words[words.startIndex + 1])
    }

    /// "Translate the help centre into Spanish", "Schedule a penetration test": a first word
    /// followed by an article or a possessive is a verb with its object — nouns are not
    /// followed by "the". Verbs of improving, growing, keeping or reaching a state say
    /// where to get to and are judged by the other rules.
    static func startsWithVerbAndObject(_ words: ArraySlice<String>) -> Bool {
        guard words.count >= 2, let first = words.first else { return false }
        guard enDeterminers.contains(words[words.startIndex + 1]) else { return false }
        return !enDeterminers.contains(first) && !enDirectionVerbs.contains(first) && !enVagueWords.contains(first)
            && !enGrowthWords.contains(first) && !enNotTaskVerbs.contains(first) && !enMilestoneWords.contains(first)
            && !enNumberWords.contains(first)
    }

    // MARK: Normalisation

    /// A title prepared once for every rule: lowercased, with and without spaces, its Latin
    /// words and a few counts. Word-list tests run on UTF-8 bytes: a hint pass reads every
    /// title of a 50,000-person organisation, and `String.contains` compares characters one
    /// grapheme at a time. UTF-8 is self-synchronising, so a byte match always starts and ends
    /// on whole characters.
    struct Normalized {
        /// With a space at each end, so " keep " matches a whole word at the edges too.
        let lowered: Bytes
        /// Without spaces, for Chinese substring tests.
        let compact: Bytes
        let latinWords: [String]
        let hanCount: Int
        let hasDigit: Bool
        /// The Latin words that are not part of a name written with a digit ("5G", "B2B",
        /// "Q4", "Web3"), and whether a digit stands outside such names: a number.
        let wordsOutsideNames: [String]
        let hasNumber: Bool

        init(_ raw: String) {
            let lower = raw.lowercased()
            // The typographic apostrophe (E2 80 99) is rare: a plain byte test for its lead byte
            // first, as `replacing` (and `firstRange`) go through generic searchers.
            let plainQuotes = lower.utf8.contains(0xE2) ? lower.replacing("’", with: "'") : lower
            lowered = Bytes(" " + plainQuotes + " ")
            // One pass over the scalars (no grapheme breaking, which was most of a hint pass's
            // time): whitespace dropped for the compact form, Latin words, Han characters, digits.
            var compactText = String.UnicodeScalarView()
            var words: [String] = []
            var current = String.UnicodeScalarView()
            var han = 0
            var digit = false
            // The run of ASCII letters and digits being read: "5g", "b2b", "2027".
            var token = (length: 0, startsWithLetter: false, letters: false, digits: false, firstWord: 0)
            var nameWords: Set<Int> = []
            var number = false
            func endToken(wordCount: Int) {
                // A letter and a digit in one run name a thing ("5G", "B2B", "Q4", "Web3"),
                // unless the digits lead a longer run ("100k": a number with its unit).
                if token.letters && token.digits && (token.startsWithLetter || token.length == 2) {
                    nameWords.formUnion(token.firstWord..<wordCount)
                } else if token.digits {
                    number = true
                }
                token = (0, false, false, false, wordCount)
            }
            for scalar in lower.unicodeScalars {
                // Han characters, most of a Chinese title, are never whitespace: no property lookup.
                let isHan = TextAnalysis.isHan(scalar)
                if isHan { han += 1 }
                let isWhitespace = scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : !isHan && scalar.properties.isWhitespace
                if !isWhitespace { compactText.append(scalar) }
                let isDigit = ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
                if isDigit { digit = true }
                let isLetter = ("a"..."z").contains(scalar)
                if isLetter || scalar == "-" && !current.isEmpty {
                    current.append(scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
                if isLetter || isDigit {
                    if token.length == 0 { token.startsWithLetter = isLetter; token.firstWord = words.count }
                    token.length += 1
                    token.letters = token.letters || isLetter
                    token.digits = token.digits || isDigit
                } else if token.length > 0 {
                    endToken(wordCount: words.count + (current.isEmpty ? 0 : 1))
                }
            }
            if !current.isEmpty { words.append(String(current)) }
            if token.length > 0 { endToken(wordCount: words.count) }
            compact = Bytes(String(compactText))
            latinWords = words
            hanCount = han
            hasDigit = digit
            wordsOutsideNames = words.indices.filter { !nameWords.contains($0) }.map { words[$0] }
            hasNumber = number
        }

        /// The compact text's characters, for the few rules that look at neighbours; most
        /// titles never need them.
        var characters: [Character] { Array(compact.text) }
    }

    /// A text with its UTF-8 bytes, for fast substring tests against word lists.
    struct Bytes {
        let text: String
        let utf8: [UInt8]

        init(_ text: String) {
            self.text = text
            utf8 = Array(text.utf8)
        }

        func contains(_ pattern: Pattern) -> Bool {
            let needle = pattern.utf8
            guard !needle.isEmpty else { return true }
            guard needle.count <= utf8.count else { return false }
            let first = needle[0]
            var start = 0
            let last = utf8.count - needle.count
            while start <= last {
                if utf8[start] == first {
                    var matched = 1
                    while matched < needle.count && utf8[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                start += 1
            }
            return false
        }

        func hasPrefix(_ pattern: Pattern) -> Bool {
            utf8.count >= pattern.utf8.count && utf8[..<pattern.utf8.count].elementsEqual(pattern.utf8)
        }

        func hasSuffix(_ pattern: Pattern) -> Bool {
            utf8.count >= pattern.utf8.count && utf8[(utf8.count - pattern.utf8.count)...].elementsEqual(pattern.utf8)
        }
    }

    /// One entry of a word list, encoded once.
    struct Pattern: ExpressibleByStringLiteral {
        let text: String
        let utf8: [UInt8]

        init(stringLiteral text: String) {
            self.text = text
            utf8 = Array(text.utf8)
        }

        var count: Int { text.count }
    }

    static let percentWord: Pattern = "百分之"
    static let percentSign: Pattern = "%"

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    static func stripZhDeadline(_ text: String) -> Substring {
        var rest = Substring(text)
        if rest.hasPrefix("在") { rest = rest.dropFirst() }
        // "1月10日前，" / "十月底前," / "本周内"
        // Only the first nine Characters can hold the marker; looking further walked every title.
        if let marker = rest.prefix(9).firstIndex(where: { $0 == "前" || $0 == "内" }), rest.distance(from: rest.startIndex, to: marker) <= 8,
           rest[..<marker].contains(where: { "月日周底".contains($0) }) {
            rest = rest[rest.index(after: marker)...]
            if rest.hasPrefix("之") { rest = rest.dropFirst() }
            while let first = rest.first, "，,、:： ".contains(first) { rest = rest.dropFirst() }
        }
        return rest
    }

    /// "给客户发一封邮件": a leading 给/向/与/和/跟 phrase names who the action is for; the
    /// verb follows within a few characters.
    static func stripZhRecipient(_ text: Substring) -> Substring {
        guard let first = text.first, "给向与和跟".contains(first) else { return text }
        let window = text.prefix(10)
        for verb in zhTaskVerbs {
            if let range = window.firstRange(of: verb), range.lowerBound > window.startIndex {
                return text[range.lowerBound...]
            }
        }
        return text
    }

    static func stripEnDeadline(_ words: [String]) -> ArraySlice<String> {
        var rest = words[...]
        if let first = rest.first, first == "by" || first == "before" || first == "until" {
            rest = rest.dropFirst()
            while let next = rest.first, enMonths.contains(next) || next == "the" || next == "end" || next == "of" || next == "st" || next == "nd" || next == "th" {
                rest = rest.dropFirst()
            }
        }
        return rest
    }

    // MARK: Word lists

    static let zhDirectionVerbs: [Pattern] = [
        "提升", "提高", "打造", "建立", "建设", "降低", "减少", "拓展", "开拓", "扩大", "实现", "赢得", "成为", "让", "推动", "增加", "缩短",
        "优化", "完善", "带领", "开通", "拿下", "把", "做到", "做强", "突破", "发展", "加快", "引领", "构建", "全面", "确保", "争取", "达成",
        "打开", "进入", "赢回", "占领", "开辟",
    ]
    static let enDirectionVerbs: Set<String> = [
        "grow", "launch", "build", "cut", "win", "open", "double", "raise", "ship", "make", "reduce", "increase", "become", "create",
        "deliver", "expand", "improve", "reach", "land", "bring", "turn", "own", "lead", "get", "help", "give", "find", "take",
        "automate", "accelerate", "boost", "halve", "scale", "enter", "earn", "drive", "delight", "simplify", "fix", "hire", "know",
    ]
    static let zhMaintainWords: [Pattern] = ["保持", "维持", "稳住", "持平", "不下降", "不低于", "稳定在", "守住", "保住", "守好", "继续做好", "延续", "巩固"]
    static let enStay: Pattern = " stay "
    /// "… where it is", "… where it was last year": a level left as it stands.
    static func leftWhereItIs(_ text: Normalized) -> Bool {
        let words = text.latinWords
        for index in words.indices.dropFirst(2) where ["is", "are", "was", "were"].contains(words[index]) && ["it", "they"].contains(words[index - 1]) && words[index - 2] == "where" {
            if index + 1 == words.endIndex || enTimeWords.contains(words[index + 1]) { return true }
        }
        return false
    }
    static let enTimeWords: Set<String> = ["last", "in", "at", "before", "this", "today", "now", "during", "when", "a", "one", "two"]
    static let zhStabilise: Pattern = "稳定"
    static let zhStability: Pattern = "稳定性"
    static let enMaintainWords: [Pattern] = [" keep ", " maintain ", " sustain ", " remain ", " hang on to ", " hold onto ", " cling to ", " preserve ", "hold steady", "same level",
                                  " as usual", " level as ", " at q1 level", " at q2 level", " at q3 level", " at q4 level", " stabilize", " stabilise",
                                  " steady", " unchanged", " flat ", " hold on to ", "protect our ", "protect this ", "protect the current", "protect existing", "defend our ",
                                  "last year's level", "last quarter's level", " carry last", " carry over", " carry forward", "current level", "previous level", " as last year", " as last quarter",
                                  " continue ", " continuing ", " retain our ", " in line with last",
                                  " match last year", " match last quarter", " equal last year", " equal last quarter", " carry on "]
    /// Words of moving forward, reductions included: "保持可用性的同时把成本降低一半" improves.
    static let zhGrowthWords: [Pattern] = ["提升", "提高", "增长", "发展", "扩大", "翻倍", "突破", "新增", "拓展", "超过", "降低", "减少", "缩短", "降到", "减半"]
    static let enGrowthWords: Set<String> = ["grow", "increase", "double", "raise", "win", "expand", "improve", "beat", "exceed", "boost", "new",
                                             "cut", "reduce", "halve", "lower", "shorten",
                                             "growing", "increasing", "doubling", "raising", "expanding", "improving", "cutting", "reducing", "halving"]
    static let zhRecurrence: [Pattern] = ["每月", "每周", "每天", "每日", "每季度", "每年", "按月", "按周", "按时", "定期", "例行", "日常", "每逢", "定时", "按期", "准时",
                                          "每半年", "每学期", "每隔", "隔周", "逐月", "逐日", "按季", "按年", "每个工作日", "每早", "周期性", "常态化",
                                          // Done because a rule says so, not to reach anything.
                                          "按规定", "按要求"]
    static let enRecurrence: [Pattern] = ["every month", "every week", "every day", "each month", "each week", "monthly", "weekly", "daily", "quarterly",
                                          "annual", "yearly", "every year", " on time", "routine", " regular", "biweekly", "bi-weekly", "fortnightly",
                                          "nightly", "semiannual", "semi-annual", "month-end", "year-end", "quarter-end",
                                          "per week", "per month", "per quarter", "recurring", "periodic", " as required",
                                          "day-to-day", "business as usual", "as scheduled", "on schedule", " at night", " every night", " each night"]
        // "Twice a month", but not "within a week".
        + ["once", "twice", "times"].flatMap { count in ["day", "week", "month", "quarter", "year"].map { Pattern(stringLiteral: "\(count) a \($0)") } }
    static let zhDutyWords: [Pattern] = ["完成", "提交", "核算", "盘点", "报表", "报告", "对账", "发放", "整理", "填写", "汇总", "工作", "召开", "例会", "结账", "结算", "更新",
                                         "巡检", "考勤", "备份", "汇算", "申报", "体检", "审计", "工资", "报销", "值班", "演练", "续费", "续签", "培训", "管理",
                                         "办理", "手续", "安排", "周报", "月报", "日报", "归档", "录入", "登记", "维护", "检查",
                                         "出具", "简报", "报送", "核对", "处理", "报修", "维修", "保养", "发送", "提醒", "通知",
                                         "上报", "填报", "编制", "缴纳", "支付", "统计", "收集", "上传", "打卡", "巡查", "清点", "核查", "会议"]
    static let enDutyWords: [Pattern] = ["complete", "submit", "payroll", "report", "reconcile", "file ", "close the books", "run ", "process ", "send ", "finish", "prepare",
                                         " pay ", "inventory", "meeting", "update", "publish the ", "hold ", "renew", "licen", "filing", "audit", "stand-up", "standup",
                                         "drill", "backup", "back up", "invoice", "training", "count", "accounts", "one-on-one", "review", "inspection", "conduct ", "committee", "timesheet", "maintenance", "carry out", "papers", "compile",
                                         "collect", "calculate", "distribute", "issue ", "record", "log ", "inspect", "clean", "attend", "chair", "post ", "check ", "budget"]
    /// What follows "every"/"each" in a cadence.
    static let enCadenceUnits: Set<String> = ["day", "week", "month", "quarter", "year", "morning", "evening", "night", "weekday", "other", "two",
                                              "sprint", "shift", "monday", "tuesday", "wednesday", "thursday", "friday", "weeks", "months", "meeting", "term", "payday"]
    /// Adjectives of a period ("月度报告", "双周迭代"); 季度 is decided by what precedes it.
    static let zhPeriodAdjectives: [Pattern] = ["月度", "年度", "周度", "双周", "每两周", "每半月", "每个月", "每晚", "每班"]
    /// What makes 季度 one quarter of the calendar ("三季度", "本季度") rather than a cadence.
    static let zhOneQuarter: Set<Character> = ["一", "二", "三", "四", "1", "2", "3", "4", "本", "上", "下", "第", "该", "这", "个"]
    /// Nouns a milestone word can begin ("发布流程"): then it names a process, not a state.
    static let zhProcessNouns = ["流程", "机制", "制度", "体系", "效率", "质量", "速度", "节奏", "频率", "规范", "管理"]
    static let withNone: Pattern = " with no "
    /// After "no"/"not"; "no fewer than 50" and "not below 95%" set a floor to reach, not a level to keep.
    /// A change under way, which "stop … from" holds off.
    static let enChangingWords: Set<String> = ["creeping", "rising", "falling", "slipping", "sliding", "dropping", "growing", "climbing", "declining", "increasing"]
    static let enDeclineWords: Set<String> = ["drop", "decline", "worse", "lower", "loss", "fall", "dip", "decrease", "rise", "increase", "change", "lose", "slip", "slide"]
    static let zhDeclineWords: [Pattern] = ["不下滑", "不下跌", "不减少", "不流失", "不掉", "不丢", "不跌", "不退步", "不滑坡", "不增加", "不上升", "不上涨", "不反弹"]
    static let enHandlingVerbs: Set<String> = ["handle", "process", "answer", "respond", "resolve", "approve", "review", "triage"]
    static let enStreamNouns: Set<String> = ["requests", "claims", "tickets", "queries", "applications", "complaints", "enquiries", "inquiries", "invoices", "orders", "returns", "refunds",
                                                "rfps", "rfqs", "tenders", "bookings", "reservations"]
    static let zhHandlingVerbs: [Pattern] = ["处理", "受理", "答复", "回复", "审批", "审核"]
    static let zhStreamNouns: [Pattern] = ["申请", "工单", "投诉", "报销", "咨询", "退款", "退货", "单据", "发票"]
    static let enSoonerWords: Set<String> = ["faster", "quicker", "sooner", "better", "automatically", "same-day"]
    static let enSoonerPhrases: [Pattern] = [" same day"]
    static let enScaleWords: Set<String> = ["twice", "double", "triple", "times"]
    static let zhSoonerWords: [Pattern] = ["更快", "当天", "当日", "自动", "缩短", "提速"]
    /// A word ending in "ed" that is no past participle, or not one that leaves a state.
    static let enNotParticiples: Set<String> = ["need", "needed", "based", "related", "speed", "feed", "seed", "embed", "proceed", "exceed", "succeed", "indeed",
                                                "shared", "advanced", "detailed", "dedicated", "limited", "united", "red", "hundred", "hundreds", "skilled",
                                                "expected", "planned", "unplanned", "scheduled", "focused"]
    /// Participles of changing by an unsaid amount: "Increased brand awareness" is a wish.
    static let enChangeParticiples: Set<String> = ["improved", "increased", "enhanced", "optimised", "optimized", "strengthened", "boosted", "reduced",
                                                   "lowered", "raised", "expanded", "accelerated", "deepened", "streamlined", "upgraded", "advanced",
                                                   "extended", "widened", "broadened", "simplified", "refined", "elevated", "heightened", "grown"]
    static let enStatePhrases: [Pattern] = [" in place ", " operational ", " signs off ", " signed off ", " sign off ", " up and running "]
    static let zhBecomeSuffix: Pattern = "化"
    static let zhPushWords: [Pattern] = ["推动", "推进", "加快", "促进", "逐步", "强化", "深化", "持续"]
    static let zhQuarterWord: Pattern = "季度"
    /// A period named before its duty: "本季度的消防检查", "this month's payroll".
    static let zhThisPeriod: [Pattern] = ["本季度的", "本月的", "本周的", "本年度的", "当月的", "当季的", "今年的", "下一年度的", "下季度的", "下个月的", "明年的"]
    static let enThisPeriod: [Pattern] = ["this quarter's", "this month's", "this week's", "this year's", "next year's", "next quarter's", "next month's"]
    static let enAdministeringVerbs: Set<String> = ["renew", "file", "submit", "pay", "process", "reconcile", "handle", "update", "send", "issue",
                                                    "archive", "record", "check", "inspect", "close", "carry", "conduct", "answer", "chair", "collect",
                                                    "calculate", "distribute", "do", "book", "attend", "test", "produce", "enrol", "enroll",
                                                    // Chores nobody sets out to reach ("Mow the lawns", "Patrol the car park").
                                                    "mow", "sweep", "vacuum", "mop", "scrub", "refuel", "defrost", "disinfect", "sterilise",
                                                    "sterilize", "launder", "shred", "photocopy", "invigilate", "proofread", "transcribe",
                                                    "patrol", "weigh"]
    /// Verbs of keeping records and requests moving, and what they tend.
    static let enUpkeepVerbs: Set<String> = ["log", "enter", "clean", "test", "check", "produce", "support", "deal", "handle", "update",
                                             "prepare", "compile", "record", "issue", "send", "collect", "schedule", "book", "order", "restock",
                                             "sort", "file", "archive", "post", "print", "scan", "answer", "respond", "reply", "register",
                                             "count", "label", "pack", "service", "monitor", "track", "chase", "coordinate",
                                             "greet", "empty", "refill", "replenish", "tidy", "receive",
                                             // Tending what keeps an office or a shop going ("Order office supplies",
                                             // "Take minutes at board meetings", "Staff the help desk").
                                             "take", "reorder", "manage", "staff", "cover", "run", "draft", "arrange",
                                             // Tending people, places and systems ("Water the plants", "Screen
                                             // incoming CVs", "Rotate the database passwords").
                                             "write", "deliver", "screen", "mark", "grade", "apply", "rotate", "feed", "water", "wash",
                                             "wipe", "triage", "invoice", "onboard", "induct", "stock", "load", "unload", "shelve"]
    static let enRecordNouns: Set<String> = ["report", "reports", "schedule", "schedules", "timetable", "timetables", "rotas", "bulletin", "newsletter", "grades", "marks", "log",
                                             "payslips", "payroll", "invoices", "bills", "receipts", "claims", "complaints", "tickets", "queries",
                                             "calls", "emails", "post", "mail", "alarms", "deliveries", "contracts", "records", "minutes",
                                             "figures", "statistics", "stock", "shelves", "licences", "licenses", "timesheets", "rota", "shifts",
                                             "attendance", "register", "registers", "accounts", "books", "ledger", "ledgers", "expenses",
                                             "appointments", "bookings", "inspections", "checks", "audits", "backups", "logs", "files",
                                             "documents", "forms", "paperwork", "returns", "filings", "meeting", "meetings", "stand-up",
                                             "rounds", "cleaning", "maintenance", "desk", "phones", "inbox", "visitors", "parcels", "mailroom"]
    /// What else an office, a shop or a fleet is kept going with, tended by a verb of upkeep
    /// ("Order office supplies", "Manage the executives' diaries"). Not records: keeping
    /// these ("Keep cash reserves at …") may hold a level. Looked for after the verb: "pack"
    /// is both ("Compile the board pack"; "Pack products in recycled boxes" tends nothing).
    static let enUpkeepObjects: Set<String> = ["supplies", "diaries", "diary", "calendar", "calendars", "travel", "fleet", "vehicles", "machines",
                                               "machinery", "equipment", "reviews", "replies", "pack", "badges", "rosters", "roster",
                                               "stationery", "consumables", "interviews", "cash",
                                               "vans", "trucks", "lorries", "forklifts", "cars", "ambulances", "boilers", "lifts", "elevators",
                                               "generators", "printers", "machine", "kitchen", "toilets", "rooms", "floors", "windows", "dishes",
                                               "linen", "towels", "plants", "gardens", "lawns", "crops", "animals", "livestock",
                                               "passwords", "credentials", "keys", "certificates", "patches", "alerts", "bugs",
                                               "homework", "assignments", "essays", "coursework", "exams", "papers", "cvs", "resumes", "applicants",
                                               "starters", "joiners", "hires", "tenants"]
    /// A duty's object turned into something else ("Take the mailroom paperless"): a change.
    static let enChangeWords: Set<String> = ["paperless"]
    /// What a short order reaches for when it changes a thing whole ("Take the whole factory
    /// digital", "Automate the warehouse end to end", "Set the standard for …").
    static let enTransformWords: Set<String> = ["whole", "entire", "digital", "online", "global", "end", "good", "standard", "bar", "pace",
                                                "benchmark", "backlog", "market", "markets", "leader", "trust", "lead"]
    /// First words of an ambition said as an order: arriving, winning, owning, turning into.
    /// Verbs `isAChore` already rules out by another list (keep, win, launch…) are not repeated.
    static let enAmbitionVerbs: Set<String> = ["become", "remain", "stay", "enter", "earn", "fix", "cover", "take", "reach", "own",
                                               "crack", "nail", "master", "shape", "define", "pass", "find", "solve", "prove", "save",
                                               "join", "host", "ship", "land", "kill", "retire", "sunset", "consolidate", "centralise",
                                               "centralize", "standardise", "standardize", "digitise", "digitize", "unify", "integrate",
                                               "merge", "outsource", "rationalise", "rationalize", "transform", "reinvent", "rethink",
                                               "redefine", "reimagine", "relaunch", "reshape", "restore", "regain", "recover", "revive",
                                               "return", "bring", "give", "put", "help", "show", "tell", "change", "disrupt", "unlock",
                                               "conquer", "dominate", "capture", "seize", "claim", "attract", "acquire", "hire", "sell",
                                               "convert", "scale", "position", "establish", "create", "design", "develop", "pilot",
                                               "trial", "plan", "lift", "drive", "automate", "wow",
                                               // Growing people or filling a funnel: "Coach the account executives".
                                               "coach", "mentor", "teach", "fill"]
    static let zhUpkeepVerbs: [Pattern] = ["录入", "登记", "整理", "处理", "核对", "检查", "更新", "发布", "编制", "报送", "清洁",
                                           "配合", "负责", "协助", "跟进", "统计", "收集", "填写", "上传", "打印", "接听", "接待", "回复",
                                           "答复", "安排", "维护", "保养", "巡查", "巡视", "值守", "盘点", "补货", "上架", "收发", "寄送",
                                           "催收", "催缴", "收取", "收缴", "支付", "缴纳", "发放", "记录", "归档", "清点", "做好",
                                           "管理", "采购", "订购", "预订", "预定", "报销",
                                           "清洗", "筛选", "审查", "监控", "补充", "分拣"]
    static let zhRecordNouns: [Pattern] = ["报表", "数据", "成绩", "合同", "发票", "单据", "台账", "档案", "排班", "考勤", "工资", "时刻表",
                                           "卫生", "设施", "设备", "信息", "资料", "文件", "会议", "纪要", "邮件", "电话", "来电", "访客",
                                           "快递", "货物", "货款", "款项", "费用", "账目", "凭证", "记录", "日志", "库存", "货架", "订单",
                                           "工单", "投诉", "咨询", "申请", "报销", "周报", "月报", "日报", "清洁", "值班", "检查", "巡检", "热线",
                                           "车辆", "用品", "耗材", "差旅", "酒店", "机票", "评论", "留言", "印章",
                                           "名录", "通讯录", "名单", "清单", "目录", "简历", "报告", "请求", "代码", "告警", "报警",
                                           "药品", "资产", "账款", "欠款", "租金", "物业费", "会费", "会议室", "信件"]
    /// "the new term", "new starters": "new" names the coming period or the people who keep
    /// arriving, not a new thing.
    static func newIsNoNewThing(_ words: [String], at index: Int) -> Bool {
        words[index] == "new" && index + 1 < words.endIndex
            && (enPeriodNouns.contains(words[index + 1]) || enNewcomerNouns.contains(words[index + 1]))
    }
    static let enPeriodNouns: Set<String> = ["term", "semester", "year", "quarter", "month", "week", "season", "school"]
    static let enNewcomerNouns: Set<String> = ["starters", "joiners", "hires", "recruits", "arrivals"]
    static let enAmbitionWords: Set<String> = ["first", "new", "all", "every", "our", "faster", "better", "without", "into", "launch"]
    static let zhAdministeringVerbs: [Pattern] = ["办理", "发放", "缴纳", "续签", "续保", "核对", "处理", "出具", "报送", "召开", "编制", "上报", "填报", "审核", "汇总", "按时", "及时", "准时", "跟进", "安排", "整理", "归档",
                                                  "开具", "保管", "巡视", "巡查", "巡检",
                                                  // Chores: "巡逻停车场", "打扫客房", "批改学生作业".
                                                  "巡逻", "续费", "续办", "核发", "批改", "阅卷", "监考", "喂养", "修剪", "清扫", "打扫",
                                                  "签收", "销毁", "称重", "收运", "分发", "消毒", "浇水"]
    /// Who a duty is done for, said before its verb ("给客户开具发票", "为用人部门安排面试").
    static let zhForPrepositions: [Pattern] = ["给", "为", "向", "替", "帮"]
    /// "新" alone would match 更新 (update); the new thing is said with a second character.
    static let zhAmbitionWords: [Pattern] = ["首", "新的", "全新", "新增", "新建", "新开", "新品", "新一", "全面", "所有", "提升", "提高", "降低", "缩短", "翻倍", "突破", "让", "不再", "自动", "一次通过"]
    /// Two-word verbs of doing something once ("Go over last year's complaints").
    static let enPhrasalTasks: Set<String> = ["go over", "go through", "look into", "look at", "sort out", "follow up", "reach out", "pull together",
                                              "put together", "set up", "write up", "draw up", "map out", "think through", "check in", "sit down", "clean up", "tidy up"]
    static let enDeterminers: Set<String> = ["the", "a", "an", "our", "your", "their", "this", "these", "those", "its", "my", "his", "her"]
    /// First words followed by "the" that are no to-do: changing, keeping or securing.
    static let enNotTaskVerbs: Set<String> = ["streamline", "upgrade", "modernise", "modernize", "tighten", "deepen", "broaden", "widen", "advance",
                                              "elevate", "refine", "sharpen", "harden", "stabilise", "stabilize", "keep", "maintain", "sustain", "hold",
                                              "protect", "defend", "retain", "preserve", "secure", "close", "sign", "complete", "finish", "push",
                                              "speed", "optimise", "optimize", "all", "every", "each", "no", "only", "half", "most", "top",
                                              "upskill", "reskill", "uplift"]
    static let zhNoneWords: [Pattern] = ["无重大", "无严重", "无任何", "无一例", "无一起"]
    static let enWeekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday"]
    /// Titles that start by doing a duty well ("做好", "抓好"): the duty itself.
    static let zhDutyPrefixes: [Pattern] = ["做好", "搞好", "抓好", "落实好", "管好"]
    /// What a recurring ambition asks for: something new, a hit, progress people see.
    /// A feeling wished for counts too: "Deploy daily without fear", "每天都比昨天好一点".
    static let zhWishWords: [Pattern] = ["新", "爆", "进步", "进展", "惊喜", "更好", "最", "好一点", "比昨天", "期待", "喜欢", "爱上", "放心", "安心",
                                         "自豪", "骄傲", "不怕", "乐于", "愿意", "津津乐道", "刷屏"]
    static let enWishWords: Set<String> = ["new", "hit", "progress", "actually", "best", "better", "fresh", "surprise", "first", "great", "favourite", "favorite",
                                           "loved", "love", "without", "fear", "fearless", "enjoy", "proud", "delight", "delighted", "confident", "calm", "safely"]
    static let enWishPhrases: [Pattern] = [" look forward", " looking forward", " excit", " inspir", " can't wait", " want to ", " talk about", " rave about", " come back for"]
    /// In charge of, assisting, working with, taking on: how a job description begins.
    static let zhJobPrefixes: [Pattern] = ["负责", "协助", "配合", "承担", "协同"]
    static let zhResponsibly: Pattern = "负责任"
    /// `lowered` begins with a space, so each phrase does.
    static let enJobPhrases: [Pattern] = [" be responsible for ", " responsible for ", " look after ", " take care of ", " oversee ", " be in charge of ", " in charge of "]
    /// A one-off change a job line or a duty's verb may serve ("负责搭建海外仓网络", "Oversee the
    /// move to …"): a project.
    static let zhProjectWords: [Pattern] = ["搭建", "建立", "建设", "上线", "推出", "落地", "改造", "转型", "升级", "打造", "启动", "迁移", "引入", "开拓", "开发", "筹建"]
    /// Achieving, replacing, all of something: what no duty of upkeep says ("保管箱业务实现盈利",
    /// "巡视无人机覆盖全部输电线路").
    static let zhChangeWords: [Pattern] = ["实现", "替代", "取代", "全部"]
    static let enProjectWords: Set<String> = ["move", "build", "migrate", "migration", "rollout", "introduce", "open", "opening", "redesign", "rebuild", "transformation"]
    /// "Support/assist/help X with Y": helping another with their work.
    static let enJobVerbs: Set<String> = ["support", "assist", "help"]
    /// First words of reshaping something: "Make …", "Turn … into …", "Move … to …".
    static let enReshapingVerbs: Set<String> = ["make", "turn", "move", "get", "let"]
    static let zhLet: Pattern = "让"
    static let zhNoLonger: Pattern = "不再"
    static let zhAutomation: [Pattern] = ["自动"]
    static let enAutomation: [Pattern] = ["automat", " itself", " themselves"]
    static let zhZero: Pattern = "零"
    static let zhComplete: Pattern = "完成"
    static let zhZeroWords: [Pattern] = ["零售", "零件", "零食", "零星", "零钱"]
    static let enFrequencyWords = ["hourly", "daily", "weekly", "monthly", "quarterly"]
    static let zhFrequencyWords: [Pattern] = ["每小时", "每天", "每日", "每周", "每月", "实时"]
    static let enQuantifiers: Set<String> = ["every", "all", "each"]
    static let zhQuantifiers: [Pattern] = ["所有", "全部", "每个", "每位", "全员", "全程"]
    static let enVagueWords: Set<String> = ["improve", "improved", "enhance", "better", "optimise", "optimize", "strengthen", "boost", "increase",
                                            "reduce", "higher", "stronger", "more", "less", "faster", "grow", "lower", "raise", "decrease",
                                            // Verbs and comparatives of changing with no end point.
                                            "streamline", "upgrade", "modernise", "modernize", "simplify", "tighten", "deepen", "broaden",
                                            "widen", "refine", "sharpen", "enrich", "accelerate", "speed", "smoother", "easier", "quicker",
                                            "tighter", "greater", "cleaner", "simpler", "friendlier", "happier", "healthier", "clearer",
                                            "safer", "leaner", "smarter", "richer", "upskill", "reskill", "uplift"]
    static let zhVagueWords: [Pattern] = ["提升", "提高", "优化", "改善", "加强", "增强", "完善", "推动", "降低", "更好",
                                          "改进", "推进", "丰富", "进一步", "更快", "加快", "深化", "强化", "简化", "健全"]
    /// Last words that leave a state: done, made, connected ("会计与银行数据自动对接").
    static let zhCompletionSuffixes: [Pattern] = ["完成", "生成", "对接", "打通", "接入", "联通"]
    static let zhNumerals: Set<Character> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "半", "几"]
    static let zhMeasureWords: Set<Character> = ["个", "名", "位", "家", "篇", "次", "天", "周", "月", "年", "条", "项", "款", "倍", "分", "星", "成", "点", "人", "单", "场", "本", "套", "台", "期", "小", "秒"]
    static let zhDateWords: [Pattern] = ["月底", "年底", "季度末", "周末前", "年初", "月初", "周一", "周二", "周三", "周四", "周五", "星期"]
    static let zhRatingWords: [Pattern] = ["星级", "评分", "满意度达", "好评率", "nps"]
    static let enNumberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                             "twenty", "fifty", "hundred", "thousand", "million", "double", "twice", "triple", "half", "percent", "dozen", "zero"]
    static let enMonths: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                                        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                        "monday", "tuesday", "wednesday", "thursday", "friday"]
    static let enRatingWords: Set<String> = ["stars", "star", "nps", "csat", "rating", "rated"]
    static let zhMilestoneWords: [Pattern] = ["上线", "开通", "开仓", "签约", "签署", "获批", "发布", "投产", "落地", "启用", "通过审核", "开业", "交付", "拿到", "获得", "取得", "批准", "到账", "到位",
                                                "董事会通过", "审议通过", "评审通过", "验收通过", "通过验收", "投入使用", "正式运行",
                                                "并网", "投运", "通车", "竣工", "落成", "封顶", "投用", "开园", "开学", "开播", "首发",
                                                "迁移到", "迁移至", "迁到", "切换到", "切换至", "搬到"]
    static let enMilestoneWords: Set<String> = ["live", "launched", "signed", "granted", "approved", "released", "shipped", "installed",
                                                "running", "opened", "open", "certified", "automated", "hired", "passes", "passed", "agreed", "in-place",
                                                "available", "enabled", "completed", "received", "published", "deployed", "delivered", "adopted", "closed",
                                                "operating", "functioning"]
    static let zhTaskVerbs = ["完成", "撰写", "写", "发送", "发", "拜访", "参加", "组织", "准备", "召开", "开会", "提交", "整理", "联系", "约见", "安排", "制定", "起草", "更新", "见",
                              "编写", "编制", "调研", "研究", "学习", "梳理", "设计", "规划", "策划", "举办", "举行", "开一次", "开个", "收集", "走访", "评估", "分析",
                              "开展", "评审", "录制", "拍摄", "翻译", "审核", "检查", "核对", "汇报", "发起", "召集", "制作", "输出", "搭建", "拟定", "修订", "编辑",
                              "整合", "培训", "面试", "邀请", "采访", "访谈", "演示", "录入", "填写", "约谈", "回访", "考察",
                              "采购", "购买", "对接", "申请", "订购", "讨论", "商讨", "探讨",
                              // Verbs only: "测试", "阅读", "分享" also begin nouns ("测试环境", "阅读时长").
                              "参观", "演讲", "清理", "调查", "列出", "挑选", "对比", "核实", "会见", "拜会", "出差"]
    static let zhTaskVerbsByFirst: [Character: [String]] = Dictionary(grouping: zhTaskVerbs) { $0.first! }
    /// Something received: "完成 SOC 2 审计并拿到报告" ends in a report in hand.
    static let zhResultWords: [Pattern] = ["拿到", "获得", "取得", "到账", "到位"]
    /// What others grant, as the last word: "完成 A 轮融资" ("认证要求" is something to study).
    static let zhGrantedSuffixes: [Pattern] = ["融资", "交割", "认证", "验收", "备案"]
    static let zhRateSuffixes = ["率", "度", "量", "数"]
    static let enTaskVerbs: Set<String> = ["finish", "complete", "write", "send", "meet", "attend", "hold", "organize", "organise", "prepare", "draft",
                                           "call", "email", "e-mail", "visit", "schedule", "submit", "update", "book", "arrange", "interview", "read", "set", "do", "review",
                                           "create", "plan", "design", "research", "study", "learn", "run", "host", "collect", "analyze", "analyse", "brainstorm", "discuss",
                                           "record", "translate", "compile", "put", "kick", "film", "present", "document", "outline", "train", "survey",
                                           "invite", "contact", "gather", "pitch", "shadow", "buy", "apply", "purchase", "procure", "pull",
                                           // Verbs only: "test", "order", "share", "map" also begin nouns ("Order volume doubles").
                                           "install", "configure", "evaluate", "assess", "identify", "define", "sketch", "give", "take", "join",
                                           "enroll", "enrol", "watch", "ask", "compare", "shortlist", "tidy", "photograph", "verify", "inspect"]
    static let zhLevelWords: [Pattern] = ["达到", "提升到", "提高到", "降到", "降低到", "缩短到", "增长到", "从", "率", "不低于", "超过", "以上", "每月", "每周"]
    static let enLevelWords: [Pattern] = [" at least", " more than", " under ", " below ", " above ", " per ", " a month", " a week", " rate"]
    static let enFrom: Pattern = " from "
}
