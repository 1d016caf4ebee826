import JolModel

extension Facts {
  /// The value of `fact`, or nil when unknown. `age` falls back to the birth date on `asOf`.
  public func value(of fact: Fact, asOf: CivilDate?) -> Value? {
    switch fact {
    case .stage: stage.map { .text($0.rawValue) }
    case .grade: grade.map { .integer(Int64($0)) }
    case .institution: institution.map { .text($0) }
    case .specialty: specialty.map { .text($0.rawValue) }
    case .qualification: qualification.map { .text($0.rawValue) }
    case .qualificationLevel: qualificationLevel.map { .text($0.rawValue) }
    case .form: form.map { .text($0.rawValue) }
    case .funding: funding.map { .text($0.rawValue) }
    case .course: course.map { .integer(Int64($0)) }
    case .gpa: gpa.map { .decimal($0) }
    case .attendance: attendance.map { .percent($0) }
    case .lowestGrade: lowestGrade.map { .integer(Int64($0)) }
    case .categories: categories.map { .set($0.map(\.rawValue).sorted()) }
    case .region: region.map { .text($0) }
    case .district: district.map { .text($0) }
    case .age:
      if let age {
        .integer(Int64(age))
      } else if let birthDate, let asOf {
        .integer(Int64(birthDate.age(on: asOf)))
      } else if birthDate != nil {
        .text("?")
      } else {
        nil
      }
    case .birthDate: birthDate.map { .date($0) }
    case .diagnosticDirection: diagnosticDirection.map { .text($0) }
    case .mentorship: mentorship.map { .bool($0) }
    case .awards: awards.map { .set($0.map(\.rawValue).sorted()) }
    case .appliedOn: appliedOn.map { .date($0) }
    case .employer: employer.map { .text($0) }
    case .enterpriseAgreement: enterpriseAgreement.map { .bool($0) }
    case .workObligationYears: workObligationYears.map { .integer(Int64($0)) }
    }
  }

  /// A value as read from a fact file or test file, before it is stored.
  public enum RawValue: Sendable, Equatable {
    /// A string, or a number kept as its exact text.
    case scalar(String)
    case bool(Bool)
    case list([String])
  }

  /// Sets `fact` from a raw value, checking its type and range.
  /// - Throws: a message saying what would be accepted, for the caller to place at a location.
  public mutating func set(_ fact: Fact, _ raw: RawValue) throws(FactValueError) {
    func scalar() throws(FactValueError) -> String {
      guard case .scalar(let text) = raw else { throw fact.expectation }
      return text
    }
    func integer() throws(FactValueError) -> Int {
      let text = try scalar()
      guard let value = Int(text) else { throw fact.expectation }
      if let range = fact.range, !range.contains(Int64(value)) {
        throw FactValueError(
          "\(fact.rawValue) \(value) is out of range: expected \(range.lowerBound)–\(range.upperBound)"
        )
      }
      return value
    }
    func decimal() throws(FactValueError) -> FixedDecimal {
      var text = try scalar()
      if fact.type == .percent && text.hasSuffix("%") { text.removeLast() }
      guard let value = FixedDecimal(text) else { throw fact.expectation }
      return value
    }
    func date() throws(FactValueError) -> CivilDate {
      guard let value = CivilDate(try scalar()) else { throw fact.expectation }
      return value
    }
    func bool() throws(FactValueError) -> Bool {
      switch raw {
      case .bool(let value): return value
      case .scalar("yes"), .scalar("true"): return true
      case .scalar("no"), .scalar("false"): return false
      default: throw fact.expectation
      }
    }
    func enumeration<E: RawRepresentable>(_ type: E.Type) throws(FactValueError) -> E
    where E.RawValue == String {
      let text = try scalar()
      guard let value = E(rawValue: text) else {
        var message =
          "unknown \(fact.rawValue) '\(text)': expected one of \(fact.enumerationValues.joined(separator: ", "))"
        if let near = EditDistance.closest(to: text, among: fact.enumerationValues) {
          message += " (did you mean '\(near)'?)"
        }
        throw FactValueError(message)
      }
      return value
    }
    func list() throws(FactValueError) -> [String] {
      switch raw {
      case .list(let items): return items
      case .scalar(let text) where text.isEmpty: return []
      case .scalar(let text): return text.split(separator: ",").map { String($0) }
      default: throw fact.expectation
      }
    }

    switch fact {
    case .stage: stage = try enumeration(Stage.self)
    case .grade: grade = try integer()
    case .institution: institution = try scalar()
    case .specialty: specialty = SpecialtyCode(rawValue: try scalar())
    case .qualification: qualification = QualificationCode(rawValue: try scalar())
    case .qualificationLevel: qualificationLevel = try enumeration(QualificationLevel.self)
    case .form: form = try enumeration(StudyForm.self)
    case .funding: funding = try enumeration(Funding.self)
    case .course: course = try integer()
    case .gpa:
      let value = try decimal()
      guard value >= .zero && value <= FixedDecimal(5) else {
        throw FactValueError("gpa \(value) is out of range: expected 0–5")
      }
      gpa = value
    case .attendance:
      let value = try decimal()
      guard value >= .zero && value <= FixedDecimal(100) else {
        throw FactValueError("attendance \(value) is out of range: expected a percent 0–100")
      }
      attendance = value
    case .lowestGrade: lowestGrade = try integer()
    case .categories: categories = Set(try list().map { Category(rawValue: $0) })
    case .region: region = try scalar()
    case .district: district = try scalar()
    case .age: age = try integer()
    case .birthDate: birthDate = try date()
    case .diagnosticDirection: diagnosticDirection = try scalar()
    case .mentorship: mentorship = try bool()
    case .awards: awards = Set(try list().map { PolicyID($0) })
    case .appliedOn: appliedOn = try date()
    case .employer: employer = try scalar()
    case .enterpriseAgreement: enterpriseAgreement = try bool()
    case .workObligationYears: workObligationYears = try integer()
    }
  }
}

/// Why a fact value was refused: what was wrong and what would be accepted.
public struct FactValueError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

extension Fact {
  /// "expected …" for a fact of this type.
  var expectation: FactValueError {
    let what: String
    switch type {
    case .enumeration: what = "one of \(enumerationValues.joined(separator: ", "))"
    case .code: what = "a code as text (\"06130100\")"
    case .integer: what = "a whole number"
    case .decimal: what = "a decimal number (3.45)"
    case .percent: what = "a percent as a number 0–100 (92.5)"
    case .date: what = "a date YYYY-MM-DD"
    case .bool: what = "true or false"
    case .set: what = "a list of words ([\"rural\", \"orphan\"])"
    }
    return FactValueError("\(rawValue): expected \(what)")
  }
}
