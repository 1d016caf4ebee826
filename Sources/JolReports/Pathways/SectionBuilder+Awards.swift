import JolFormat
import JolModel

extension SectionBuilder {
  // MARK: Awards

  /// Recipients and amounts by policy and district, by policy and category, by policy (granted
  /// and paid), and the budgets used. An amount would give back a hidden count of recipients
  /// (an award's sum is known from the policy): it is withheld with its count. Amounts follow
  /// the counts' suppression, complementary cells included, so no withheld amount is the
  /// difference of a published total and published cells either.
  mutating func awards() -> Section {
    let byDistrict = protectedTable("award_recipients_by_district")
    let byCategory = protectedTable("award_recipients_by_category")
    let title = PathwayMessage.awardsSection.text()
    guard !byDistrict.rows.isEmpty else {
      indicators[.awardRecipients] = .count(.zero)
      return Section(id: "awards", title: title, blocks: [.note(PathwayMessage.noAwards.text())])
    }
    var blocks = self.blocks(
      published(
        byDistrict, caption: .recipientsByDistrict, rowHeading: .rowPolicy, row: Self.policy,
        column: names.district))
    blocks += self.blocks(
      amounts(
        byDistrict, tally.grantedByDistrict, id: "award_amounts_by_district",
        caption: .amountsByDistrict, column: names.district))
    blocks += self.blocks(
      published(
        byCategory, caption: .recipientsByCategory, rowHeading: .rowPolicy, row: Self.policy,
        column: Self.categoryTitle))
    blocks += self.blocks(
      amounts(
        byCategory, tally.grantedByCategory, id: "award_amounts_by_category",
        caption: .amountsByCategory, column: Self.categoryTitle))
    blocks += self.blocks(amountsByPolicy(byDistrict))
    blocks += budgets(byDistrict)
    indicators[.awardRecipients] = .count(byDistrict.total)
    return Section(id: "awards", title: title, blocks: blocks)
  }

  static func policy(_ key: String) -> LocalizedText { .same(key) }

  private func amount(_ money: Money, _ recipients: CellStatus) -> ReportFigure {
    recipients.count == nil ? .withheld : .amount(money)
  }

  /// The amounts granted beside a protected table of recipients by policy: each cell, row and
  /// column total, withheld where its count is hidden.
  private func amounts(
    _ recipients: ProtectedTable, _ granted: AmountGrid, id: String, caption: PathwayMessage,
    column: (String) -> LocalizedText
  ) -> PublishedTable {
    let lines = recipients.rows.enumerated().map { index, row in
      zip(recipients.columns, recipients.cells[index]).map { key, status in
        amount(granted.amount(row, key), status)
      } + [amount(granted.rowTotal(row), recipients.rowTotals[index])]
    }
    let totals =
      zip(recipients.columns, recipients.columnTotals).map { key, status in
        amount(granted.columnTotal(key), status)
      } + [amount(granted.total, recipients.total)]
    let totalTitle = PathwayMessage.total.text()
    return PublishedTable(
      id: id, caption: caption.text(), rowHeading: PathwayMessage.rowPolicy.text(),
      rows: rowsWithTotal(recipients, Self.policy),
      columns: recipients.columns.map { TableLabel($0, column($0)) }
        + [TableLabel(Self.total, totalTitle)],
      cells: lines + [totals])
  }

  /// Recipients, granted and paid amounts by policy.
  private func amountsByPolicy(_ byDistrict: ProtectedTable) -> PublishedTable {
    let lines = byDistrict.rows.enumerated().map { index, key in
      let recipients = byDistrict.rowTotals[index]
      let sums = tally.awardAmounts[PolicyID(key)] ?? (.zero, .zero)
      return [
        ReportFigure.count(recipients), amount(sums.granted, recipients),
        amount(sums.paid, recipients),
      ]
    }
    let granted = tally.awardAmounts.values.reduce(Money.zero) { $0 + $1.granted }
    let paid = tally.awardAmounts.values.reduce(Money.zero) { $0 + $1.paid }
    return PublishedTable(
      id: "award_amounts", caption: PathwayMessage.awardAmounts.text(),
      rowHeading: PathwayMessage.rowPolicy.text(), rows: rowsWithTotal(byDistrict, Self.policy),
      columns: [
        TableLabel("recipients", PathwayMessage.recipients.text()),
        TableLabel("awarded", PathwayMessage.grantedAmount.text()),
        TableLabel("paid", PathwayMessage.paidAmount.text()),
      ],
      cells: lines + [
        [
          .count(byDistrict.total), amount(granted, byDistrict.total),
          amount(paid, byDistrict.total),
        ]
      ])
  }

  /// The budget used of each policy that states a budget (``AwardBudgets``): the amount granted
  /// in force, the budget per year, the share; and the rule, or that no policy states one.
  private func budgets(_ byDistrict: ProtectedTable) -> [Block] {
    let rows = byDistrict.rows.enumerated().filter {
      tally.awardBudgets[PolicyID($0.element)] != nil
    }
    guard !rows.isEmpty else { return [.note(PathwayMessage.noBudget.text())] }
    let cells = rows.map { index, key -> [ReportFigure] in
      let recipients = byDistrict.rowTotals[index]
      let granted = tally.awardAmounts[PolicyID(key)]?.granted ?? .zero
      let budget = tally.awardBudgets[PolicyID(key)]!
      return [
        amount(granted, recipients), .amount(budget),
        recipients.count == nil ? .withheld : .rate(PublishedRate(amount: granted, of: budget)),
      ]
    }
    let table = PublishedTable(
      id: "award_budgets", caption: PathwayMessage.budgetUsed.text(),
      rowHeading: PathwayMessage.rowPolicy.text(),
      rows: rows.map { TableLabel($0.element, Self.policy($0.element)) },
      columns: [
        TableLabel("awarded", PathwayMessage.grantedAmount.text()),
        TableLabel("budget_per_year", PathwayMessage.budgetPerYear.text()),
        TableLabel("budget_used_share", PathwayMessage.budgetUsedShare.text()),
      ],
      cells: cells)
    return blocks(table) + [.note(PathwayMessage.budgetMethod.text())]
  }

  static func categoryTitle(_ key: String) -> LocalizedText {
    key == PathwayTally.noCategory
      ? PathwayMessage.noCategory.text() : Category(rawValue: key).title
  }
}
