import JolModel
import Testing

@testable import JolPolicy

/// Diagnostic results guide and never select: `require`, `waive` and `enforce` may not name
/// `diagnostic_direction` (an error at the fact, saying why); `rank by` may.
@Suite struct DiagnosticRequirementTests {
  static let reason = "\nreason r kk \"а\" ru \"б\" en \"c\""

  @Test(
    "a diagnostic result as a requirement, waiver or enforcement is an error at the fact",
    arguments: [
      "require ⟦diagnostic_direction = engineering because r" + reason,
      "require gpa >= 3 and not ⟦diagnostic_direction in [ict, services] because r" + reason,
      "require ⟦diagnostic_direction is known because r" + reason,
      "require gpa >= 3 because r\nwaive r when ⟦diagnostic_direction = ict priority 1" + reason,
      "require gpa >= 3 because r\nenforce r when ⟦diagnostic_direction = ict priority 1" + reason,
    ])
  func rejected(_ body: String) throws {
    let policy = try MarkedPolicy(body)
    let found = policy.atMarker()
    #expect(found.count == 1, "\(policy.diagnostics().1)")
    let message = try #require(found.first).message
    #expect(message.en.contains("career diagnostic results guide, they never select"))
    #expect(message.kk.contains("ешкім іріктелмейді"))
    #expect(message.ru.contains("никого не отбирают"))
  }

  @Test func rankingByTheDirectionIsAllowed() throws {
    let policy = try MarkedPolicy(
      "⟦require gpa >= 3 because r\nrank by (diagnostic_direction = engineering) first, gpa desc"
        + "\ntiebreak lottery \"marked\"\nseats 10" + Self.reason)
    let (_, diagnostics) = policy.diagnostics()
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
  }
}
