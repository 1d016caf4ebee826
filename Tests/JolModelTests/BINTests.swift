import JolModel
import Testing

@Suite struct BINTests {
  @Test func documentedExampleIsAResidentHeadOfficeOf1994() throws {
    let bin = try BIN(validating: "940140000385")
    #expect(bin.registrationYear == 1994)
    #expect(bin.registrationMonth == 1)
    #expect(bin.entityKind == .residentLegalEntity)
    #expect(bin.attribute == .headOffice)
    #expect(bin.description == "940140000385")
  }

  @Test func secondPassBranchOf2015() throws {
    let bin = try BIN(validating: "151041000806")
    #expect(bin.registrationYear == 2015)
    #expect(bin.registrationMonth == 10)
    #expect(bin.attribute == .branch)
  }

  @Test func everyKindAndAttributeValidatesWithItsCheckDigit() throws {
    for kind in BIN.EntityKind.allCases {
      for attribute in BIN.Attribute.allCases {
        let prefix = "2403\(kind.rawValue)\(attribute.rawValue)12345"
        guard let text = IIN.completing(prefix: prefix) else { continue }
        let bin = try BIN(validating: text)
        #expect(bin.entityKind == kind && bin.attribute == attribute)
        #expect(bin.registrationYear == 2024 && bin.registrationMonth == 3)
        #expect(!kind.title.kk.isEmpty && !attribute.title.kk.isEmpty)
      }
    }
  }

  @Test(arguments: [
    ("940140000384", BINError.Problem.checkDigit(expected: 5, found: 4)),
    ("941340000385", .month(found: 13)),
    ("940040000385", .month(found: 0)),
    ("940170000385", .entityKind(found: 7)),
    ("940130000385", .entityKind(found: 3)),
    ("940144000385", .attribute(found: 4)),
    ("240340001800", .neverIssued),
    ("24034000180", .length(found: 11)),
    ("9401 40000385", .nonDigit(position: 5, character: " ")),
  ])
  func invalidNumbersSayWhy(value: String, problem: BINError.Problem) {
    #expect(throws: BINError(text: value, problem: problem)) { try BIN(validating: value) }
  }

  @Test func messageNamesTheNumberAndExpectedDigit() {
    guard case .failure(let error) = BIN.parse("940140000384") else {
      Issue.record("940140000384 must be invalid")
      return
    }
    #expect(error.message.en == "BIN 940140000384: check digit should be 5, found 4")
    #expect(error.message.kk == "БСН 940140000384: бақылау цифры 5 болуы керек, мұнда 4")
    #expect(error.message.ru == "БИН 940140000384: контрольная цифра должна быть 5, здесь 4")
  }

  @Test(arguments: [
    ("880515300120", IdentifierKind?.some(.iin), true),
    ("070514500011", .iin, true),
    ("080315600017", .iin, false),
    ("000229300015", .iin, true),  // 1900-02-29 is no day: a warning since 2013, not an error
    ("000229300016", .iin, false),
    ("940140000385", .bin, true),
    ("940140000384", .bin, false),
    ("941360000385", .bin, false),  // month 13 is reported as a BIN problem: digit 5 decides
    ("880575300120", nil, false),
    ("88051530012", nil, false),
    ("abc", nil, false),
  ])
  func classifiesByTheFifthDigit(value: String, kind: IdentifierKind?, valid: Bool) {
    let check = IdentifierCheck.check(value)
    #expect(check.kind == kind)
    #expect(check.isValid == valid)
    #expect((check.reason == nil) == valid)
  }

  @Test func unrecognizedFifthDigitExplainsBothKinds() {
    let check = IdentifierCheck.check("880575300120")
    #expect(
      check.reason?.en
        == "digit 5 is 7: in an IIN it starts the day of birth (0–3), in a BIN it is the type of entity (4–6)"
    )
  }

  /// Every twelve-digit string is read as exactly one kind or none, and a valid IIN is never
  /// read as a BIN or the other way round.
  @Test func validNumbersAreAlwaysClassifiedAsTheirKind() {
    var state: UInt64 = 7
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let text = String(format12: state)
      let asIIN = (try? IIN(validating: text)) != nil
      let asBIN = (try? BIN(validating: text)) != nil
      #expect(!(asIIN && asBIN))
      let check = IdentifierCheck.check(text)
      if asIIN { #expect(check == .validIIN(try! IIN(validating: text))) }
      if asBIN { #expect(check == .validBIN(try! BIN(validating: text))) }
      if !asIIN && !asBIN { #expect(!check.isValid) }
    }
  }
}

extension String {
  fileprivate init(format12 value: UInt64) {
    let digits = String(value % 1_000_000_000_000)
    self = String(repeating: "0", count: 12 - digits.count) + digits
  }
}
