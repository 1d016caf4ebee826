import JolFormat
import JolModel
import Testing

@testable import JolReports

/// The awards' amounts by policy and district or category, and the budget used: exact values
/// on hand-built recipients, and each amount withheld where its recipients' count is hidden.
@Suite struct PathwayAwardFiguresTests {
  typealias F = PathwayFixture
  typealias G = PathwayGapsFixture

  /// District A: 6 recipients (5 of them orphans); district B: 5; 500 000 ₸ each.
  static func recipients(inB: Int = 5) -> [EventDraft] {
    [G.grantPublished()]
      + G.many(5, "a-o") { G.recipient($0, district: G.districtA, orphan: true) }
      + G.many(1, "a-n") { G.recipient($0, district: G.districtA) }
      + G.many(inB, "b-n") { G.recipient($0, district: G.districtB) }
  }

  @Test func amountsByDistrictAndCategoryAreExact() throws {
    let report = try F.report(F.state(Self.recipients()))
    let grant = G.grant.rawValue
    let byDistrict = "award_amounts_by_district"
    #expect(G.figure(report, byDistrict, grant, G.districtA) == .number("3000000"))
    #expect(G.figure(report, byDistrict, grant, G.districtB) == .number("2500000"))
    #expect(G.figure(report, byDistrict, grant, "total") == .number("5500000"))
    #expect(G.figure(report, byDistrict, "total", G.districtB) == .number("2500000"))
    let byCategory = "award_amounts_by_category"
    #expect(G.figure(report, byCategory, grant, "orphan") == .number("2500000"))
    #expect(G.figure(report, byCategory, grant, "none") == .number("3000000"))
    #expect(G.figure(report, byCategory, "total", "total") == .number("5500000"))
  }

  @Test func theBudgetUsedIsTheAmountInForceOverThePolicysBudget() throws {
    let report = try F.report(F.state(Self.recipients()))
    let grant = G.grant.rawValue
    #expect(G.figure(report, "award_budgets", grant, "awarded") == .number("5500000"))
    #expect(G.figure(report, "award_budgets", grant, "budget_per_year") == .number("30000000"))
    // 5 500 000 / 30 000 000 = 18.33…%.
    #expect(G.figure(report, "award_budgets", grant, "budget_used_share") == .number("18.3"))
  }

  /// A policy's budget is the region's: a report on one district sets its awards against the
  /// budget of the policy's newest decision in force anywhere in the region — here version 2,
  /// granted a day later in the other district only.
  @Test func aDistrictsReportUsesTheRegionsNewestBudget() throws {
    let text = try #require(BuiltInPolicies.text("grants/dual-training-grant.policy"))
    let raised = text.replacingOccurrences(
      of: "budget 30000000 KZT per year", with: "budget 60000000 KZT per year")
    #expect(raised != text)
    var drafts = Self.recipients(inB: 0)
    drafts.append(
      EventDraft(
        stream: .policy(G.grant), effective: F.date("2026-06-02"),
        event: .policyPublished(PolicyPublished(version: 2, text: raised, sha256: ""))))
    for drafted in G.many(5, "b-2", { G.recipient($0, district: G.districtB) }) {
      var draft = drafted
      if case .awardGranted(var award) = draft.event {
        award.policyVersion = 2
        award.round = "R-2"
        award.periodStart = F.date("2026-09-02")
        draft = EventDraft(
          stream: draft.stream, effective: F.date("2026-09-02"), event: .awardGranted(award))
      }
      drafts.append(draft)
    }
    let state = F.state(drafts)
    for district in [G.districtA, G.districtB, nil] {
      let report = try F.report(state, district: district)
      #expect(
        G.figure(report, "award_budgets", G.grant.rawValue, "budget_per_year")
          == .number("60000000"), "\(district ?? "region")")
    }
  }

  /// A policy whose text states no budget, or whose text the log does not hold, is not set
  /// against one; the report says that no policy states one.
  @Test func aPolicyWithoutABudgetHasNone() throws {
    let drafts = G.many(6, "x") { G.recipient($0, district: G.districtA, policy: "other") }
    let report = try F.report(F.state(drafts))
    #expect(!G.hasTable(report, "award_budgets"))
    let notes = report.sections.first { $0.id == "awards" }?.blocks.compactMap { block in
      if case .note(let text) = block { return text[.en] }
      return nil
    }
    #expect(notes?.contains(PathwayMessage.noBudget.text()[.en]) == true)
  }

  /// Two recipients in district B: their count is hidden, and their amount with it; every
  /// amount, totals included, is withheld exactly where its count is (what disclosure control
  /// hides as a complement is withheld too).
  @Test func anAmountIsWithheldWithItsCount() throws {
    let report = try F.report(F.state(Self.recipients(inB: 2)))
    let grant = G.grant.rawValue
    let counts = try #require(report.protected["award_recipients_by_district"])
    let row = try #require(counts.rows.firstIndex(of: grant))
    let b = try #require(counts.columns.firstIndex(of: G.districtB))
    #expect(counts.cells[row][b].count == nil)
    #expect(G.figure(report, "award_amounts_by_district", grant, G.districtB) == .string("—"))
    let statuses =
      zip(counts.columns, counts.cells[row]).map { ($0, $1) } + [
        ("total", counts.rowTotals[row])
      ]
    for (column, status) in statuses {
      let amount = G.figure(report, "award_amounts_by_district", grant, column)
      #expect((amount == .string("—")) == (status.count == nil), "\(column)")
    }
    let shown = G.figure(report, "award_amounts_by_district", grant, G.districtA)
    #expect(shown == .string("—") || shown == .number("3000000"))
  }

  /// Three recipients in all: the policy's count is hidden, and every amount and the budget
  /// used with it — the budget itself is the policy's, public.
  @Test func theBudgetUsedIsWithheldWithTheRecipients() throws {
    let drafts =
      [G.grantPublished()] + G.many(3, "a") { G.recipient($0, district: G.districtA) }
    let report = try F.report(F.state(drafts))
    let grant = G.grant.rawValue
    #expect(G.figure(report, "award_budgets", grant, "awarded") == .string("—"))
    #expect(G.figure(report, "award_budgets", grant, "budget_per_year") == .number("30000000"))
    #expect(G.figure(report, "award_budgets", grant, "budget_used_share") == .string("—"))
    #expect(G.figure(report, "award_amounts_by_category", grant, "none") == .string("—"))
    #expect(G.figure(report, "award_amounts", grant, "awarded") == .string("—"))
  }

  @Test func aBudgetIsReadPerYear() throws {
    let text = try #require(BuiltInPolicies.text("grants/dual-training-grant.policy"))
    let date = F.date("2026-09-01")
    #expect(
      AwardBudgets.yearlyBudget(text: text, file: "g.policy", on: date) == Money(tenge: 30_000_000))
    let monthly =
      text
      .replacingOccurrences(
        of: "budget 30000000 KZT per year", with: "budget 2500000 KZT per month"
      )
      .replacingOccurrences(
        of: "amount by qualification_level per year",
        with: "amount by qualification_level per month")
    #expect(
      AwardBudgets.yearlyBudget(text: monthly, file: "g.policy", on: date)
        == Money(tenge: 30_000_000))
    let none = text.replacingOccurrences(of: "budget 30000000 KZT per year\n", with: "")
    #expect(AwardBudgets.yearlyBudget(text: none, file: "g.policy", on: date) == nil)
  }

  @Test func aShareOfAnAmountIsRoundedHalfUp() {
    #expect(
      PublishedRate(amount: Money(tenge: 1), of: Money(tenge: 8))
        == .percent(FixedDecimal(units: 125 * (FixedDecimal.scale / 10))))
    #expect(
      PublishedRate(amount: .maximum, of: .maximum)
        == .percent(FixedDecimal(units: 100 * FixedDecimal.scale)))
  }

  /// The new tables carry the same keys and figures in kk, ru and en, with captions and
  /// column titles of each language.
  @Test func everyLanguageCarriesTheSameFigures() throws {
    let drafts =
      Self.recipients(inB: 2)
      + G.many(6, "g") { G.collegeLeaver($0, district: G.districtA, graduated: true) }
      + G.many(6, "s") {
        G.grade9Leaver($0, school: "SCH-1", district: G.districtA, toCollege: true)
      }
    let report = try F.report(F.state(drafts))
    func figures(_ language: Language) -> [String] {
      report.csv(language).components(separatedBy: "\r\n").dropFirst().map { line in
        let fields = line.split(
          separator: language == .en ? "," : ";", omittingEmptySubsequences: false)
        guard fields.count >= 6 else { return line }
        return [
          String(fields[0]), String(fields[1]), String(fields[3]),
          fields.last!.replacingOccurrences(of: ",", with: "."),
        ]
        .joined(separator: "|")
      }
    }
    #expect(figures(.kk) == figures(.en))
    #expect(figures(.ru) == figures(.en))
    let added = [
      "award_amounts_by_district", "award_amounts_by_category", "award_budgets",
      "grade9_transition_rates_by_school", "college_leavers_by_district", "completion_by_district",
    ]
    let tables = report.sections.flatMap { section in
      section.blocks.compactMap { block -> PublishedTable? in
        if case .table(let table) = block, added.contains(table.id) { return table }
        return nil
      }
    }
    #expect(Set(tables.map(\.id)) == Set(added))
    for table in tables {
      #expect(table.caption[.kk] != table.caption[.en], "\(table.id)")
      #expect(table.caption[.ru] != table.caption[.en], "\(table.id)")
    }
    let budgets = try #require(tables.first { $0.id == "award_budgets" })
    #expect(Set(Language.allCases.map { budgets.columns[2].title[$0] }).count == 3)
  }
}
