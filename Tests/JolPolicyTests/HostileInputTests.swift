import Foundation
import JolModel
import Testing

@testable import JolPolicy

/// Issue #7, item 8: hostile input is an error with its place, never a crash.
struct HostileInputTests {
  static let reason = "\nreason low kk \"а\" ru \"б\" en \"c\"\n"

  @Test func twentyThousandParenthesesAreAnErrorNotACrash() throws {
    let body =
      "require " + String(repeating: "(", count: 20_000) + "gpa >= 3"
      + String(repeating: ")", count: 20_000) + " because low" + Self.reason
    let (policy, diagnostics) = PolicySet.compile(
      path: "deep.policy", text: MarkedPolicy.header + body)
    #expect(policy == nil)
    let error = try #require(diagnostics.first { $0.description.contains("nested too deep") })
    // The 65th '(' on line 7: "require " is 8 columns.
    #expect(error.location == SourceLocation(file: "deep.policy", line: 7, column: 9 + 64))
    #expect(error.description.contains("at most 64 levels of 'not' and parentheses"))
    #expect(isTrilingual(error))
  }

  @Test func aHundredThousandNotsAreAnErrorNotACrash() throws {
    let body =
      "require " + String(repeating: "not ", count: 100_000) + "gpa >= 3 because low"
      + Self.reason
    let (policy, diagnostics) = PolicySet.compile(
      path: "nots.policy", text: MarkedPolicy.header + body)
    #expect(policy == nil)
    let error = try #require(diagnostics.first { $0.description.contains("nested too deep") })
    #expect(error.location == SourceLocation(file: "nots.policy", line: 7, column: 9 + 64 * 4))
  }

  @Test func sixtyFourLevelsStillCheck() {
    let body =
      "require " + String(repeating: "not ", count: 32) + String(repeating: "(", count: 32)
      + "gpa >= 3" + String(repeating: ")", count: 32) + " because low" + Self.reason
    let (policy, diagnostics) = PolicySet.compile(
      path: "ok.policy", text: MarkedPolicy.header + body)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(policy != nil)
  }

  @Test func aFactsFileListNestedTenThousandLevelsIsAnError() throws {
    let line = "{\"id\": \"L1\", \"categories\": [" + String(repeating: "[", count: 10_000) + "]}"
    let error = try #require(throws: FactsFileError.self) {
      try FactsFile.parse(Array(line.utf8), fileName: "deep.jsonl")
    }
    // The inner '[' right after the list opens at column 28.
    #expect(error.description == "deep.jsonl:1:29: error: expected a string in the list")
  }

  // MARK: Money

  @Test func seatsTimesTheLargestAmountMustBeCountable() throws {
    let marked = try MarkedPolicy(
      """
      require gpa >= 3 because low
      amount 922337203685477.58 KZT per year
      rank by gpa desc
      tiebreak lottery "x"
      seats ⟦400
      reason low kk "а" ru "б" en "c"
      """)
    let here = marked.atMarker()
    let error = try #require(here.first)
    #expect(
      error.description.contains(
        "marked.policy:11:7: error: 400 seats × the largest amount 922337203685477.58 KZT exceeds what Jol can count"
      ))
    #expect(isTrilingual(error))
    #expect(marked.diagnostics().0.policies.isEmpty)
  }

  @Test func anAmountWhoseSupplementsOverflowIsAnErrorAtTheAmount() throws {
    let marked = try MarkedPolicy(
      """
      require gpa >= 3 because low
      ⟦amount 900000000000000 KZT per year
      supplement 50000% when gpa >= 4 because top
      reason low kk "а" ru "б" en "c"
      reason top kk "а" ru "б" en "c"
      """)
    #expect(
      marked.atMarker().contains {
        $0.description.contains("the largest amount with every supplement exceeds")
      })
  }

  @Test func tooManySeatsAndTooLargeNumbersAreErrorsNotTraps() throws {
    let seats = try MarkedPolicy(
      """
      require gpa >= 3 because low
      rank by gpa desc
      tiebreak lottery "x"
      seats ⟦99999999999
      reason low kk "а" ru "б" en "c"
      """)
    #expect(
      seats.atMarker().contains { $0.description.contains("seats is too many: at most 1000000") })
    // Fifteen nines: more than Int64 ten-thousandths can hold.
    let huge = try MarkedPolicy(
      """
      require gpa >= ⟦999999999999999 because low
      reason low kk "а" ru "б" en "c"
      """)
    #expect(!huge.atMarker().isEmpty)
    #expect(FixedDecimal("999999999999999") == nil)
  }

  @Test func aRoundWithoutSeatsReportsAnOverflowingTotal() throws {
    let text =
      MarkedPolicy.header
        + """
        require gpa >= 3 because low
        amount 900000000000000 KZT per year
        reason low kk "а" ru "б" en "c"
        """
    let (policy, diagnostics) = PolicySet.compile(path: "rich.policy", text: text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    // 102 awards fit below Money.maximum, the 103rd would not.
    let applicants = (1...200).map { index in
      Applicant(facts: facts("L\(index)") { $0.gpa = FixedDecimal(4) })
    }
    let result = Round.run(
      policy: try #require(policy), applicants: applicants, asOf: date("2026-10-01"))
    let error = try #require(result.errors.first)
    #expect(error.location == SourceLocation(file: "rich.policy", line: 8, column: 1))
    #expect(error.description.contains("the awards' total exceeds what Jol can count"))
    #expect(result.policies[0].spent == Money(tenge: 900_000_000_000_000 * 102))
    #expect(result.policies[0].entries.filter { $0.status == .awarded }.count == 102)
  }

  @Test func moneyReportsOverflow() {
    #expect(Money.maximum.addingReportingOverflow(Money(tiyn: 1)).overflow)
    #expect(!Money(tenge: 2).addingReportingOverflow(Money(tenge: 3)).overflow)
    #expect(Money(tenge: 2).multipliedReportingOverflow(by: 3).partialValue == Money(tenge: 6))
    #expect(Money.maximum.multipliedReportingOverflow(by: 2).overflow)
    #expect(Money.maximum.multipliedReportingOverflow(by: FixedDecimal(2)).overflow)
    #expect(
      Money(tenge: 100).multipliedReportingOverflow(by: FixedDecimal("0.155")!).partialValue
        == Money(tenge: 100).multiplied(by: FixedDecimal("0.155")!))
  }

  // MARK: Windows text

  @Test func crlfAndAByteOrderMarkReadAsUnixText() throws {
    let unix = MarkedPolicy.header + "require gpaa >= 3 because low" + Self.reason
    let windows = "\u{FEFF}" + unix.replacingOccurrences(of: "\n", with: "\r\n")
    let (_, unixErrors) = PolicySet.compile(path: "p.policy", text: unix)
    let (_, windowsErrors) = PolicySet.compile(path: "p.policy", text: windows)
    #expect(windowsErrors.map(\.description) == unixErrors.map(\.description))
    #expect(
      windowsErrors.first?.description
        == "p.policy:7:9: error: unknown fact 'gpaa': did you mean 'gpa'?")
    let valid =
      "\u{FEFF}"
      + (MarkedPolicy.header + "require gpa >= 3 because low" + Self.reason)
      .replacingOccurrences(of: "\n", with: "\r\n")
    let (policy, errors) = PolicySet.compile(path: "p.policy", text: valid)
    #expect(errors.isEmpty, "\(errors)")
    #expect(policy?.id.rawValue == "marked")
  }

  @Test func invalidUTF8InAPolicyIsAnErrorWithLineAndColumn() throws {
    var bytes = Array("policy x\r\nversion 1\r\ntitle kk \"Ә".utf8)
    bytes += [0xFF] + Array("\"\r\n".utf8)
    let error = try #require(throws: Diagnostic.self) {
      try SourceText.decode(bytes, file: "bad.policy")
    }
    #expect(error.location == SourceLocation(file: "bad.policy", line: 3, column: 12))
    #expect(error.description.contains("byte 0xFF is not UTF-8: save the file as UTF-8"))
    #expect(isTrilingual(error))
    #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array("ok".utf8), file: "f") == "ok")
  }
}
