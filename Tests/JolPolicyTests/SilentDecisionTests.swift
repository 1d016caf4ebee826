import JolModel
import Testing

@testable import JolPolicy

/// Issue #7, item 10: decisions that went silently wrong — an amount row naming a list, a
/// quota that rounds to 0 seats.
struct SilentDecisionTests {
  static func policy(rows: String, lists: String) -> String {
    MarkedPolicy.header
      + """
      \(lists)
      parameter def_amount
        from 2026-09-01 = 50000 KZT
      require stage = college because c
      amount by specialty per month
      \(rows)
        otherwise = 30000 KZT
      reason c kk "а" ru "б" en "c"
      """
  }

  @Test(arguments: [
    ("list deficit = [07150500, 07130100]", "  deficit = def_amount"),
    ("list deficit = [07150500, 07130100, 06130100]", "  deficit = def_amount"),
    ("", "  [07150500, 07130100] = def_amount"),
    ("list deficit = [07150500]", "  deficit = def_amount\n  07130100 = def_amount"),
  ])
  func aRowNamingAListGivesEveryCodeItsAmount(lists: String, rows: String) throws {
    let text = Self.policy(rows: rows, lists: lists)
    let (policy, diagnostics) = PolicySet.compile(path: "p.policy", text: text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let compiled = try #require(policy)
    guard case .table(_, let table, _)? = compiled.outline.amount else {
      Issue.record("the amount disappeared")
      return
    }
    #expect(table.map(\.word).contains("07150500") && table.map(\.word).contains("07130100"))
    for code in ["07150500", "07130100"] {
      let decision = Evaluator.evaluate(
        compiled,
        facts {
          $0.stage = .college
          $0.specialty = SpecialtyCode(rawValue: code)
        },
        asOf: date("2026-10-01"))
      #expect(decision.amount?.value == Money(tenge: 50_000), "\(code)")
    }
    let other = Evaluator.evaluate(
      compiled,
      facts {
        $0.stage = .college
        $0.specialty = SpecialtyCode(rawValue: "01010100")
      },
      asOf: date("2026-10-01"))
    #expect(other.amount?.value == Money(tenge: 30_000))
  }

  @Test func aCodeInTwoRowsIsAnErrorAtTheSecond() throws {
    let text = Self.policy(
      rows: "  deficit = def_amount\n  07130100 = 40000 KZT",
      lists: "list deficit = [07150500, 07130100]")
    let (_, diagnostics) = PolicySet.compile(path: "p.policy", text: text)
    #expect(
      diagnostics.map(\.description).contains {
        $0.hasPrefix("p.policy:13:3: error: '07130100' has two rows in the amount table")
      }, "\(diagnostics)")
  }

  static let quotaPolicy = """
    require gpa >= 3 because low
    rank by gpa desc
    tiebreak lottery "q"
    seats 40
    reserve 30% for rural when categories has rural unused to general
    reserve ⟦1% for orphans when categories has orphan unused to general
    reason low kk "а" ru "б" en "c"
    """

  @Test func aQuotaOfZeroSeatsIsAWarningNotASilentLoss() throws {
    let marked = try MarkedPolicy(Self.quotaPolicy)
    let (set, all) = marked.diagnostics()
    let warning = try #require(marked.atMarker().first)
    #expect(all.count == 1)
    #expect(warning.severity == .warning)
    #expect(
      warning.description
        == "marked.policy:12:9: warning: quota 'orphans': 1% of 40 seats is 0 seats (no fraction of a seat is reserved), so it takes nobody: raise the share or the seats"
    )
    #expect(
      warning.description(in: .ru).contains(
        "предупреждение: квота 'orphans': 1% (всего мест: 40) — 0 мест"))
    #expect(isTrilingual(warning))
    // A warning does not stop the policy.
    let policy = try #require(set.policies.first)
    let plan = try #require(policy.quotaSeats(asOf: date("2026-10-01")))
    #expect(plan.seats == 40)
    #expect(plan.quotas.map(\.seats) == [12, 0])
    #expect(plan.quotas.map(\.name) == ["rural", "orphans"])
  }

  @Test func theRoundOutputNamesEveryQuotaWithItsSeats() throws {
    let marked = try MarkedPolicy(Self.quotaPolicy)
    let policy = try #require(marked.diagnostics().0.policies.first)
    let applicants = [
      Applicant(
        facts: facts("A") {
          $0.gpa = FixedDecimal(4)
          $0.categories = [.orphan]
        })
    ]
    let result = Round.run(policy: policy, applicants: applicants, asOf: date("2026-10-01"))
    let lines = RoundRenderer.pools(result.policies[0], language: .en)
    #expect(
      lines == [
        "general pool: 40 seats; 1 awarded",
        "quota 'rural': 12 seats; 0 awarded; 12 released to the general pool",
        "quota 'orphans': 0 seats; 0 awarded",
      ])
    #expect(
      RoundRenderer.pools(result.policies[0], language: .kk)[2]
        == "«orphans» квотасы: 0 орын; тағайындалды: 0")
  }
}
