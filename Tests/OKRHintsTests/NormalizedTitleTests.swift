import Testing
@testable import OKRHints

/// Titles are prepared for the text rules in one pass over their scalars.
@Suite struct NormalizedTitleTests {
    @Test func compactFormDropsEveryKindOfSpace() {
        // Tab, line feed, no-break space, ideographic space, line separator.
        let text = TextAnalysis.Normalized("提升\t用户\n满意度\u{A0}到\u{3000}4.5 分\u{2028}以上")
        #expect(text.compact.text == "提升用户满意度到4.5分以上")
        #expect(text.hasDigit && text.hanCount == 11)
        #expect(text.characters.count == 14)
    }

    @Test func wordsAreLowercasedLatinRunsWithInnerHyphens() {
        let text = TextAnalysis.Normalized("Launch Self-Serve ONBOARDING v2 for 中文 users’ teams")
        #expect(text.latinWords == ["launch", "self-serve", "onboarding", "v", "for", "users", "teams"])
        #expect(text.lowered.text == " launch self-serve onboarding v2 for 中文 users' teams ")
        #expect(text.hasDigit && text.hanCount == 2)
    }

    @Test func fullWidthDigitsCount() {
        #expect(TextAnalysis.Normalized("签约３家客户").hasDigit)
        #expect(!TextAnalysis.Normalized("签约三家客户").hasDigit)
    }

    /// `isTask` skips its Chinese verbs for titles without Han characters, which is only
    /// right while every verb starts with one.
    @Test func chineseTaskVerbsAreHan() {
        #expect(TextAnalysis.zhTaskVerbs.allSatisfy { $0.unicodeScalars.first.map(TextAnalysis.isHan) == true })
        #expect(TextAnalysis.isTask("1月10日前，完成文章《浅谈 OKR 与 KPI》"))
        #expect(TextAnalysis.isTask("Write the Q4 plan"))
        #expect(!TextAnalysis.isTask("Grow weekly users to 5,000"))
    }

    /// Cadences and duties said in the languages' common ways, and to-do verbs that begin no
    /// noun ("Order volume doubles" is a level, not an order).
    @Test func commonCadencesDutiesAndToDoVerbs() {
        #expect(TextAnalysis.isRoutine("每半年完成一次消防演练"))
        #expect(TextAnalysis.isRoutine("Inspection of the forklifts twice a month"))
        #expect(TextAnalysis.isRoutine("逐月上报安全生产台账"))
        #expect(TextAnalysis.isTask("Evaluate three CRM vendors"))
        #expect(TextAnalysis.isTask("会见5位重点客户的采购负责人"))
        #expect(!TextAnalysis.isTask("Order volume doubles"))
        #expect(!TextAnalysis.isTask("Share of wallet grows among top accounts"))
        #expect(!TextAnalysis.isTask("测试环境稳定运行"))
    }

    /// A line of a job description is a duty; keeping a log is upkeep, not keeping a level; a decline one does not let happen is keeping; "from three
    /// providers" is a source, not a level.
    @Test func jobDescriptionsLogsAndDeclinesNotLetHappen() {
        #expect(TextAnalysis.isRoutine("负责新员工入职手续办理"))
        #expect(TextAnalysis.isRoutine("配合人力资源部做好招聘工作"))
        #expect(TextAnalysis.isRoutine("Be responsible for after-sales service in the south region"))
        #expect(TextAnalysis.isRoutine("Support HR with recruiting"))
        #expect(!TextAnalysis.isRoutine("负责任地使用客户数据，赢得用户信任"))
        #expect(!TextAnalysis.isRoutine("Support twice the volume without adding headcount"))
        #expect(TextAnalysis.isRoutine("Receive visitors and keep the visitor log"))
        #expect(!TextAnalysis.isStatusQuo("Receive visitors and keep the visitor log"))
        #expect(TextAnalysis.isStatusQuo("Don't let south-region renewals slip"))
        #expect(TextAnalysis.isTask("Compare quotes from three cloud providers"))
        #expect(!TextAnalysis.isTask("Compare rate rises from two to three"))
        #expect(TextAnalysis.isTask("Clean up stale inventory data"))
        #expect(TextAnalysis.isTask("Verify every supplier's certificates"))
    }

    /// The upkeep of an office, a shop or a fleet, said with no cadence: ordering, booking,
    /// managing, staffing, minuting what keeps it going. The same verbs that set out to change
    /// something (a first, a target, a process made paperless) start no duty.
    @Test func tendingAnOfficeWithoutACadenceIsADuty() {
        for duty in ["Take minutes at the board meetings", "Order office supplies for the team", "Manage the executives' diaries",
                     "Staff the help desk during office hours", "Cover the weekend on-call rota", "Run the front desk at the Madrid office",
                     "Reorder packaging when stock runs low", "Draft replies to customer emails", "Manage the petty cash",
                     "Schedule the farm machinery during spring planting",
                     "管理公司车辆", "采购办公用品", "订购会议茶歇", "预订员工差旅", "保管公司印章", "巡视门店陈列", "开具销售发票", "报销差旅费用"] {
            #expect(TextAnalysis.isRoutine(duty), "\(duty)")
        }
        for change in ["Cover the province with fast chargers", "Pack products in recycled boxes", "Manage the move to a new warehouse without losing a day of shipping",
                       "Staff the new Berlin team with ten engineers", "Take the mailroom paperless", "Run our first customer conference in Asia",
                       "巡视机器人替代人工巡检", "保管箱业务实现盈利", "报销全流程无纸化", "巡视无人机覆盖全部输电线路", "采购成本降低10%"] {
            #expect(!TextAnalysis.isRoutine(change), "\(change)")
        }
    }

    /// A short order with "the" and nothing to reach is a chore whatever its verb; one that
    /// arrives, wins, turns a thing into another or grows people is not, nor is a phrase headed
    /// by a plural or a gerund.
    @Test func aShortOrderWithNothingToReachIsAChore() {
        for chore in ["Lubricate the conveyor belts", "Clear the print queue", "Empty the recycling bins", "Unload the containers at the dock",
                      "Count the tills at closing", "Photocopy the worksheets for class", "Run the backup tapes off site"] {
            #expect(TextAnalysis.isRoutine(chore), "\(chore)")
        }
        for ambition in ["Enter the European EV market", "Fix the returns experience for good", "Take the whole factory digital",
                         "Earn the trust of regulators", "Coach the account executives", "Fill the merchant pipeline for peak season",
                         "Numbers the leadership team can act on", "Winning the north", "Run the best-rated clinic in the city",
                         "Ship the checkout redesign", "Open the second warehouse"] {
            #expect(!TextAnalysis.isRoutine(ambition), "\(ambition)")
        }
    }

    /// Chores named by their verb and what they tend, newcomers who keep arriving, and a duty
    /// whose verb follows whom it is done for.
    @Test func choresNewcomersAndDutiesDoneForSomeone() {
        for duty in ["Water the plants in the lobby", "Screen incoming CVs", "Rotate the database passwords", "Mark the exam papers",
                     "Onboard new starters", "Service the delivery vans", "Patrol the car park", "Mow the lawns", "Lock up the warehouse at night",
                     "给客户开具发票", "为用人部门安排面试", "向租户收取物业费", "巡逻停车场", "批改学生作业", "续费公司域名", "维护供应商名录"] {
            #expect(TextAnalysis.isRoutine(duty), "\(duty)")
        }
        for change in ["Water quality", "Onboard our first enterprise customers", "Screen every applicant with an AI model",
                       "为客户打造一站式服务", "给门店上线自助收银", "向海外市场拓展业务", "Draft a pricing model customers understand at a glance"] {
            #expect(!TextAnalysis.isRoutine(change), "\(change)")
        }
    }

    /// A cadence with no wish in it is a duty whatever its verb; one that asks for something
    /// new, a hit or progress people see is an ambition; "within a week" is no cadence.
    @Test func aCadenceWithoutAWishIsADuty() {
        #expect(TextAnalysis.isRoutine("Visit every store each month"))
        #expect(TextAnalysis.isRoutine("每周走访一次重点门店"))
        #expect(!TextAnalysis.isRoutine("Release a hit show every week"))
        #expect(!TextAnalysis.isRoutine("每周上线一个新玩法"))
        #expect(!TextAnalysis.isRoutine("Every parcel arrives within a week"))
        #expect(!TextAnalysis.isRoutine("Deploy to production daily without fear"))
        #expect(!TextAnalysis.isRoutine("Monthly releases that customers look forward to"))
        #expect(!TextAnalysis.isRoutine("每天都比昨天好一点"))
    }

    /// A post held by the phone, a payment the rules require, a duty seen
    /// done ("make sure" reshapes nothing), next year's budget; a level matched or held off.
    @Test func dutiesOfThePostAndLevelsHeldOff() {
        #expect(TextAnalysis.isRoutine("值守客服热线"))
        #expect(!TextAnalysis.isBarePhrase("值守客服热线"))
        #expect(TextAnalysis.isRoutine("Pay social insurance for all employees as required"))
        #expect(TextAnalysis.isRoutine("Make sure salaries go out on time every month"))
        #expect(!TextAnalysis.isRoutine("Make the weekly report write itself"))
        #expect(TextAnalysis.isRoutine("Draw up next year's department budget"))
        #expect(TextAnalysis.isStatusQuo("Match last year's customer retention"))
        #expect(TextAnalysis.isStatusQuo("Stop complaints from creeping back up"))
        #expect(!TextAnalysis.isStatusQuo("Stop paying for unused licences"))
    }

    /// A job line that serves a project is no duty; a rank
    /// to reach, market share taken or a favourable comparison is no to-do.
    @Test func projectsAndRanksAreNoDutiesOrToDos() {
        #expect(!TextAnalysis.isRoutine("负责搭建海外仓网络"))
        #expect(!TextAnalysis.isRoutine("配合产品团队上线会员体系"))
        #expect(!TextAnalysis.isRoutine("Oversee the move to the new warehouse"))
        #expect(!TextAnalysis.isTask("Join the top three in app store rankings"))
        #expect(!TextAnalysis.isTask("Take market share from the top two rivals"))
        #expect(!TextAnalysis.isTask("Compare favourably with Amazon on delivery time"))
        #expect(TextAnalysis.isTask("Call each of our top ten customers"))
        #expect(TextAnalysis.isTask("Take a course in negotiation"))
    }

    /// "Carry on" keeps a level ("carry out" administers), and "the new
    /// term" is the coming period, not a new thing.
    @Test func carryingOnAndTheNewTerm() {
        #expect(TextAnalysis.isStatusQuo("Carry on last year's safety record"))
        #expect(!TextAnalysis.isRoutine("Carry on last year's safety record"))
        #expect(TextAnalysis.isRoutine("Carry out the fire safety inspection"))
        #expect(TextAnalysis.isRoutine("Sort out the timetable for the new term"))
        #expect(!TextAnalysis.isRoutine("Sort out a new way to timetable classes"))
    }

    /// Keeping said as "hang on to"; "stay" keeps only as the first
    /// word; "where it was" leaves a level only at the end or before a time; "reach out" is a
    /// to-do, not a level reached.
    @Test func keepingReachingAndStaying() {
        #expect(TextAnalysis.isStatusQuo("Hang on to the members we have"))
        #expect(TextAnalysis.isStatusQuo("Stay the market leader in Spain"))
        #expect(!TextAnalysis.isStatusQuo("Volunteers who want to stay for years"))
        #expect(TextAnalysis.isStatusQuo("Hold staff turnover where it was last year"))
        #expect(!TextAnalysis.isStatusQuo("Every donation traceable to where it was spent"))
        #expect(TextAnalysis.isTask("Reach out to three charitable foundations about partnerships"))
        #expect(!TextAnalysis.isTask("Plan reaches 1 million readers"))
        #expect(TextAnalysis.isTask("Inspect two island resort hotels"))
    }

    /// A cadence is read as "every/each" and a unit, or a period's adjective; "三季度" is one
    /// quarter of the calendar, not a cadence.
    @Test func cadencesAreReadByTheirShape() {
        #expect(TextAnalysis.isRoutine("Renew software licences each quarter"))
        #expect(TextAnalysis.isRoutine("Back up the ledgers every 2 weeks"))
        #expect(TextAnalysis.isRoutine("完成季度财务审计"))
        #expect(TextAnalysis.isRoutine("做好日常考勤管理"))
        #expect(!TextAnalysis.isRoutine("三季度完成财务审计"))
        #expect(!TextAnalysis.isRoutine("本季度完成税务申报系统上线并提升效率"))
    }

    @Test func levelsOfAnEarlierPeriodAreKept() {
        #expect(TextAnalysis.isStatusQuo("Hold gross margin at last year's level"))
        #expect(!TextAnalysis.isStatusQuo("Beat last year's level by a third"))
    }

    /// "发布流程" names a way of releasing, not a release; "with no …" counts zero.
    @Test func milestoneWordsThatBeginANounAreNoState() {
        #expect(TextAnalysis.isUnmeasurable("改进发布流程"))
        #expect(!TextAnalysis.isUnmeasurable("新版官网发布"))
        #expect(!TextAnalysis.isUnmeasurable("Audit closed with no major findings"))
    }

    @Test func aDeclineRuledOutIsKeeping() {
        #expect(TextAnalysis.isStatusQuo("确保核心指标不下滑"))
        #expect(TextAnalysis.isStatusQuo("No drop in customer satisfaction"))
        #expect(!TextAnalysis.isStatusQuo("Open no fewer than 50 stores"))
    }

    @Test func workingThroughAStreamOfRequestsIsADuty() {
        #expect(TextAnalysis.isRoutine("Handle customer refund requests"))
        #expect(TextAnalysis.isRoutine("及时处理客户退款申请"))
        #expect(!TextAnalysis.isRoutine("Answer support tickets faster than anyone in retail"))
        #expect(!TextAnalysis.isRoutine("当天处理完所有退款申请"))
    }

    /// A participle after its subject, or a Chinese "…化" ending, names a state reached.
    @Test func statesNamedByTheirVerbAreMilestones() {
        #expect(TextAnalysis.statesMilestone("Disaster recovery tested and documented"))
        #expect(!TextAnalysis.statesMilestone("Increased brand awareness"))
        #expect(!TextAnalysis.statesMilestone("More qualified leads"))
        #expect(TextAnalysis.statesMilestone("合同审批全流程线上化"))
        #expect(!TextAnalysis.statesMilestone("推动业务流程标准化"))
    }

    @Test func dutiesDoneWellOrByAWeekdayAreRoutineUnlessReshaped() {
        #expect(TextAnalysis.isRoutine("做好病历归档"))
        #expect(TextAnalysis.isRoutine("Submit timesheets by Friday"))
        #expect(!TextAnalysis.isRoutine("Submit the grant application by the end of March"))
        #expect(!TextAnalysis.isRoutine("Make the annual audit a formality"))
        #expect(!TextAnalysis.isRoutine("让年度预算编制不再加班"))
    }

    @Test func heldAtALevelIsKept() {
        #expect(TextAnalysis.isStatusQuo("Hold occupancy at 85%"))
        #expect(!TextAnalysis.isStatusQuo("Hold a launch event in Madrid"))
    }

    /// A change ruled out either way is keeping; "no increase" is no growth.
    @Test func aRiseRuledOutIsKeepingToo() {
        #expect(TextAnalysis.isStatusQuo("No rise in customer complaints"))
        #expect(TextAnalysis.isStatusQuo("No increase in patient waiting times"))
        #expect(TextAnalysis.isStatusQuo("客户投诉量不增加"))
    }

    @Test func noneOfSomethingAndCompletionVerbsAreCheckable() {
        #expect(TextAnalysis.hasMeasure("监管检查无重大问题"))
        #expect(TextAnalysis.statesMilestone("电站并网发电"))
        #expect(TextAnalysis.isUnmeasurable("强化品牌年轻化"))
    }

    /// A duty named by a verb of administering is routine without a cadence, unless the title
    /// names something to reach or a date.
    @Test func administeringWithNothingToReachIsRoutine() {
        #expect(TextAnalysis.isRoutine("Renew the fleet insurance"))
        #expect(TextAnalysis.isRoutine("办理员工社保转移"))
        #expect(!TextAnalysis.isRoutine("Renew our first three enterprise contracts"))
        #expect(!TextAnalysis.isRoutine("Close the Series B round by March"))
        #expect(!TextAnalysis.isRoutine("处理好所有历史遗留的欠款"))
    }

    /// A first word followed by an article is a verb with its object: a to-do, unless the
    /// verb improves, keeps or secures something.
    @Test func aVerbWithItsObjectIsATask() {
        #expect(TextAnalysis.isTask("Merge the two support queues"))
        #expect(TextAnalysis.isTask("Rename the pricing tiers"))
        #expect(!TextAnalysis.isTask("Streamline the hiring process"))
        #expect(!TextAnalysis.isTask("All the stores on the new till system"))
        #expect(!TextAnalysis.isTask("Secure the Series B"))
    }

    @Test func ranksConnectionsAndTwoWordVerbs() {
        #expect(TextAnalysis.hasMeasure("电竞战队进入联赛前四"))
        #expect(TextAnalysis.statesMilestone("会计与银行数据自动对接"))
        #expect(TextAnalysis.isTask("Go over last year's complaints"))
        #expect(!TextAnalysis.isTask("Go live in Spain"))
    }

    /// A year that opens a Chinese title names its period, not a target.
    @Test func aYearAloneGivesNoTarget() {
        #expect(TextAnalysis.isBarePhrase("2027 年预算"))
        #expect(!TextAnalysis.isBarePhrase("2027 年开 3 家店"))
    }

    /// "本季度的消防检查": one period's turn of a duty; a target of the period is no duty.
    @Test func aPeriodNamedBeforeItsDutyRecurs() {
        #expect(TextAnalysis.isRoutine("完成本季度的消防检查"))
        #expect(TextAnalysis.isRoutine("Complete this quarter's fire inspection"))
        #expect(!TextAnalysis.isRoutine("完成本季度的销售目标"))
    }

    @Test func streamsAndDutiesSaidOtherWays() {
        #expect(TextAnalysis.isRoutine("Respond to RFPs we receive"))
        #expect(TextAnalysis.isRoutine("Attend the regional managers' meeting"))
        #expect(TextAnalysis.isRoutine("准时发放供应商货款"))
        #expect(TextAnalysis.isRoutine("跟进客户回款"))
        #expect(!TextAnalysis.isBarePhrase("安排员工排班"))
        #expect(!TextAnalysis.isRoutine("Process refunds the same day they're requested"))
        #expect(!TextAnalysis.isRoutine("Handle twice the orders with the same team"))
        #expect(TextAnalysis.isStatusQuo("Hold staff turnover where it was last year"))
    }

    /// "from" names a level only beside a number; otherwise it names a source.
    @Test func keyResultsSaidOtherWays() {
        #expect(TextAnalysis.isTask("Collect feedback from pilot users"))
        #expect(!TextAnalysis.isTask("Review churn from 8% to 5%"))
        #expect(TextAnalysis.isTask("讨论明年的产品路线图"))
        #expect(TextAnalysis.statesMilestone("核心系统迁移到云上"))
        #expect(TextAnalysis.isUnmeasurable("Lower operational risk"))
        #expect(!TextAnalysis.isTask("完成 A 轮融资") && !TextAnalysis.isUnmeasurable("完成 A 轮融资"))
    }

    /// A milestone is judged as done or not: only wording of changing with no end point is
    /// unmeasurable, and "streamline", "丰富" are such wording.
    @Test func milestonesAreUnmeasurableOnlyWhenWordedAsAChange() {
        #expect(TextAnalysis.isUnmeasurable(["Partner portal for resellers"], milestone: false))
        #expect(!TextAnalysis.isUnmeasurable(["Partner portal for resellers"], milestone: true))
        #expect(TextAnalysis.isUnmeasurable(["Streamline the approval process"], milestone: true))
        #expect(TextAnalysis.isUnmeasurable(["丰富社区活动的形式"], milestone: true))
        #expect(TextAnalysis.isUnmeasurable(["进一步规范报销流程"], milestone: true))
    }

    /// "稳定" opening a title keeps; "稳定性" is a noun. Carrying a period over keeps too.
    @Test func stabilisingAndCarryingOverAreKeeping() {
        #expect(TextAnalysis.isStatusQuo("稳定核心团队"))
        #expect(!TextAnalysis.isBarePhrase("稳定核心团队"))
        #expect(!TextAnalysis.isStatusQuo("稳定性达到金融级"))
        #expect(TextAnalysis.isStatusQuo("延续上季度的销售节奏"))
        #expect(TextAnalysis.isStatusQuo("Carry last quarter's sales rhythm into this one"))
    }

    @Test func dutiesDoneAsRequiredOrByPlainVerbs() {
        #expect(TextAnalysis.isRoutine("按规定完成药品的入库验收"))
        #expect(TextAnalysis.isRoutine("整理并归档合同"))
        #expect(TextAnalysis.isRoutine("Update the flight schedule every week"))
        #expect(TextAnalysis.isRoutine("Test the fire alarms"))
        #expect(!TextAnalysis.isRoutine("Test the new checkout with 50 shoppers"))
    }

    /// Making a thing is a to-do; upskilling or a friendlier thing is a change with no end.
    @Test func makingAThingAndChangesWithNoEnd() {
        #expect(TextAnalysis.isTask("Make a launch video for the new range"))
        #expect(!TextAnalysis.isTask("Make the checkout faster"))
        #expect(TextAnalysis.isUnmeasurable("Upskill the support team"))
        #expect(TextAnalysis.isUnmeasurable(["Friendlier customer service scripts"], milestone: true))
    }

    /// A verb of upkeep with the records it tends is a duty; either alone is not.
    @Test func upkeepOfRecordsIsADuty() {
        #expect(TextAnalysis.isRoutine("Log incoming calls"))
        #expect(TextAnalysis.isRoutine("录入新生的体检信息"))
        #expect(!TextAnalysis.isRoutine("Log every call in the new CRM"))
        #expect(!TextAnalysis.isRoutine("Log our way to a faster close"))
        #expect(!TextAnalysis.isRoutine("打通会计和银行数据"))
    }

    @Test func twelfthRoundShapes() {
        #expect(TextAnalysis.isStatusQuo("Don't lose any of our current donors"))
        #expect(TextAnalysis.isRoutine("Enrol staff in the pension scheme"))
        // What others grant counts as the last word only: "认证要求" is something to study.
        #expect(TextAnalysis.isTask("研究海外汽配认证要求"))
        #expect(!TextAnalysis.isTask("完成 ISO 27001 认证"))
        #expect(!TextAnalysis.isTask("Design contract with the city signed"))
    }

    /// A digit inside a name ("5G", "B2B", "Q4") is no number; one that leads a longer run
    /// ("100k") is a number with its unit.
    @Test func aDigitInANameIsNoTarget() {
        #expect(TextAnalysis.isBarePhrase("5G 专网"))
        #expect(TextAnalysis.isBarePhrase("Private 5G networks"))
        #expect(TextAnalysis.isBarePhrase("B2B 业务"))
        #expect(!TextAnalysis.isBarePhrase("营收 100k"))
        #expect(!TextAnalysis.isBarePhrase("5G 专网覆盖 30 个园区"))
        #expect(!TextAnalysis.isBarePhrase("Launch private 5G networks"))
    }

    /// A cadence with a wish about how it is received is an ambition; a thing to have, with
    /// a wish, outweighs the duty its readers do with it.
    @Test func eighteenthRoundShapes() {
        #expect(!TextAnalysis.isRoutine("Ship a game mode every month that players talk about"))
        #expect(!TextAnalysis.isRoutine("A dashboard the team actually reviews every week"))
        #expect(TextAnalysis.isRoutine("Review the dashboard every week"))
        #expect(TextAnalysis.isRoutine("A weekly review of the dashboard"))
    }
}
