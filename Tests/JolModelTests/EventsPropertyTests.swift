import Foundation
import JolModel
import Testing

/// Random events of every type, with awkward strings (quotes, backslashes, line breaks,
/// Kazakh and Russian letters, emoji), for property tests of the codec.
struct RandomEvents {
  var rng: SplitMix64

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
  mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }
  mutating func text() -> String {
    let pieces = [
      "a", "Z", "7", " ", "\"", "\\", "/", "\n", "\t", "ә", "Қ", "ң", "ұ", "Ж", "щ", "😀", "\u{01}",
      "-",
    ]
    return (0..<int(1...12)).map { _ in pick(pieces) }.joined()
  }
  mutating func id<Tag>() -> Tagged<Tag, String> { Tagged(text()) }
  mutating func decimal(_ maxWhole: Int) -> FixedDecimal {
    FixedDecimal(units: Int64(int(0...maxWhole * 10_000)))
  }
  mutating func date() -> CivilDate { CivilDate(daysSinceEpoch: Int32(int(15_000...25_000))) }
  mutating func specialty() -> SpecialtyCode { SpecialtyCode(rawValue: text()) }
  mutating func sha256() -> String {
    (0..<64).map { _ in String(int(0...15), radix: 16) }.joined()
  }
  mutating func money() -> Money { Money(tiyn: Int64(int(0...100_000_000))) }
  mutating func languages() -> [Language] { (0..<int(0...3)).map { _ in pick(Language.allCases) } }
  mutating func names() -> OrganisationNames { OrganisationNames(kk: text(), ru: text()) }

  mutating func placement() -> StagePlacement {
    switch int(0...4) {
    case 0:
      .school(
        SchoolPlacement(
          institution: id(), grade: int(1...12), className: text(),
          language: pick(Language.allCases)))
    case 1:
      .college(
        CollegePlacement(
          institution: id(), specialty: specialty(),
          qualification: int(0...1) == 0 ? nil : QualificationCode(rawValue: text()),
          form: pick(StudyForm.allCases), dualTraining: int(0...1) == 1,
          funding: pick(Funding.allCases), language: pick(Language.allCases)))
    case 2:
      .enterprise(
        EnterprisePlacement(
          enterprise: id(), kind: pick(EnterprisePlacementKind.allCases),
          specialty: int(0...1) == 0 ? nil : specialty()))
    case 3:
      .university(
        UniversityPlacement(institution: id(), programme: text(), funding: pick(Funding.allCases)))
    default: .outside(OutsidePlacement(kind: pick(OutsideKind.allCases)))
    }
  }

  /// A random event of a type the registry lists; a type without a generator here fails the test
  /// that uses it.
  mutating func event() -> DomainEvent {
    let type = pick(EventRegistry.rows).type
    guard let event = event(of: type) else {
      Issue.record("RandomEvents has no generator for \(type.rawValue)")
      return .learnerErased(LearnerErased(reason: "no generator"))
    }
    return event
  }

  /// A random event of `type`; nil for a type this generator does not know.
  mutating func event(of type: EventType) -> DomainEvent? {
    switch type {
    case .learnerRegistered:
      .learnerRegistered(
        LearnerRegistered(
          school: id(), grade: int(1...12), className: text(), language: pick(Language.allCases),
          district: text(),
          region: text()))
    case .categoryDeclared: .categoryDeclared(CategoryChange(category: Category(rawValue: text())))
    case .categoryEnded: .categoryEnded(CategoryChange(category: Category(rawValue: text())))
    case .consentRecorded: .consentRecorded(ConsentChange(reference: text()))
    case .consentWithdrawn: .consentWithdrawn(ConsentChange(reference: text()))
    case .diagnosticCompleted:
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: InstrumentRef(id: text(), version: int(1...9)),
          answers: Dictionary(
            (0..<int(0...6)).map { _ in (text(), text()) }, uniquingKeysWith: { a, _ in a }),
          scores: Dictionary(
            (0..<int(0...6)).map { _ in (text(), decimal(100)) }, uniquingKeysWith: { a, _ in a }),
          bands: Dictionary(
            (0..<int(0...6)).map { _ in (text(), text()) }, uniquingKeysWith: { a, _ in a }),
          leading: (0..<int(0...2)).map { _ in text() },
          flags: (0..<int(0...2)).map { _ in text() },
          leadingDirections: (0..<int(0...2)).map { _ in text() }))
    case .stageEntered:
      .stageEntered(StageEntered(placement: placement(), reason: pick(TransitionReason.allCases)))
    case .stageLeft:
      .stageLeft(StageLeft(stage: pick(Stage.allCases), reason: pick(TransitionReason.allCases)))
    case .termResult:
      .termResult(
        TermResult(
          term: text(), institution: int(0...1) == 0 ? nil : id(), gpa: decimal(5),
          attendance: FixedDecimal(units: Int64(int(0...1_000_000))),
          grades: Array(
            Dictionary(
              (0..<int(0...8)).map { _ in (text(), int(2...5)) }, uniquingKeysWith: { a, _ in a }
            )
            .map { SubjectGrade(subject: $0.key, grade: $0.value) })))
    case .mentorshipAssigned:
      .mentorshipAssigned(
        MentorshipAssigned(
          mentor: id(), enterprise: id(), matching: int(0...1) == 0 ? nil : id(),
          reason: int(0...1) == 0 ? nil : text()))
    case .mentorshipEnded:
      .mentorshipEnded(MentorshipEnded(mentor: id(), reason: pick(MentorshipEndReason.allCases)))
    case .awardGranted:
      .awardGranted(
        AwardGranted(
          policy: id(), policyVersion: int(1...50), round: id(), amount: money(),
          periodStart: CivilDate("2026-01-01")!,
          periodEnd: date().adding(days: 30_000)))
    case .awardRevoked: .awardRevoked(AwardRevoked(policy: id(), round: id(), reason: text()))
    case .awardPaid:
      .awardPaid(
        AwardPaid(
          policy: id(), round: id(), amount: money(), periodStart: CivilDate("2000-01-01")!,
          periodEnd: date()))
    case .learnerErased: .learnerErased(LearnerErased(reason: text()))
    case .institutionRegistered:
      .institutionRegistered(
        InstitutionRegistered(
          kind: pick(InstitutionKind.allCases), names: names(), district: text(),
          languages: languages(),
          specialties: (0..<int(0...3)).map { _ in
            SpecialtyOffer(specialty: specialty(), intake: int(0...500))
          }))
    case .institutionCapacityChanged:
      .institutionCapacityChanged(
        CapacityChanged(specialty: int(0...1) == 0 ? nil : specialty(), capacity: int(0...900)))
    case .enterpriseRegistered:
      .enterpriseRegistered(
        EnterpriseRegistered(
          names: names(), district: text(), specialties: (0..<int(0...3)).map { _ in specialty() },
          capacity: int(0...1) == 0 ? nil : int(0...900)))
    case .enterpriseCapacityChanged:
      .enterpriseCapacityChanged(
        EnterpriseCapacityChanged(capacity: int(0...1) == 0 ? nil : int(0...900)))
    case .demandDeclared:
      .demandDeclared(
        DemandDeclared(specialty: specialty(), count: int(0...900), year: int(2020...2040)))
    case .mentorRegistered:
      .mentorRegistered(
        MentorRegistered(
          enterprise: id(), specialties: (0..<int(0...3)).map { _ in specialty() },
          languages: languages(),
          capacity: int(0...9), shift: pick(Shift.allCases),
          district: int(0...1) == 0 ? nil : text()))
    case .mentorCapacityChanged: .mentorCapacityChanged(CapacityChanged(capacity: int(0...9)))
    case .policyPublished:
      .policyPublished(
        PolicyPublished(
          version: int(1...9), text: text() + text(),
          sha256: String((0..<64).map { _ in "0123456789abcdef".randomElement(using: &rng)! })))
    case .roundRun:
      .roundRun(
        RoundRun(
          policy: id(), policyVersion: int(1...9), policySHA256: sha256(),
          groupSHA256: (0..<int(0...2)).map { _ in sha256() }, asOf: date(),
          logPosition: UInt64(int(0...Int(Int32.max))),
          seed: text(), applicants: int(0...9999), awarded: int(0...999), totalAmount: money(),
          resultsSHA256: sha256()))
    case .roundPublished: .roundPublished(RunPublished())
    case .matchingRun:
      .matchingRun(
        MatchingRun(
          programme: text(), asOf: date(), logPosition: UInt64(int(0...999_999)), seed: text(),
          students: int(0...999),
          mentors: int(0...99), assigned: int(0...999), blockingPairs: int(0...3)))
    case .matchingPublished: .matchingPublished(RunPublished())
    case .applicationSubmitted:
      .applicationSubmitted(
        ApplicationSubmitted(
          policy: id(), preferences: (0..<int(0...3)).map { _ in id() },
          enterprise: int(0...1) == 0 ? nil : id(),
          agreement: pick([nil, true, false]),
          workObligationYears: int(0...1) == 0
            ? nil : int(ApplicationSubmitted.workObligationYearsRange)))
    case .mentorPreferencesDeclared:
      .mentorPreferencesDeclared(
        MentorPreferencesDeclared(
          programme: text(),
          choices: (0..<int(0...4)).map { _ in
            int(0...1) == 0 ? .mentor(MentorID(text())) : .enterprise(EnterpriseID(text()))
          }))
    default: nil
    }
  }

  mutating func payload() -> EventPayload {
    EventPayload(
      recordedAt: Timestamp(millisecondsSinceEpoch: Int64(int(0...4_000_000_000_000))),
      effective: date(),
      actor: id(), event: event())
  }
}

@Suite struct EventsPropertyTests {
  @Test func fastCodecAndFoundationAgreeOnRandomEvents() throws {
    var random = RandomEvents(rng: SplitMix64(seed: 20_260_901))
    for _ in 0..<3000 {
      let payload = random.payload()
      let fast = EventCodec.encode(payload)
      #expect(!fast.contains(0x0A), "one line")
      let viaFoundation = try foundationEncode(payload)
      #expect(try fastDecode(fast) == payload)
      #expect(try foundationDecode(fast) == payload)
      #expect(try fastDecode(viaFoundation) == payload)
    }
  }

  @Test func everyPrefixOfAPayloadIsAnErrorNotACrash() throws {
    var random = RandomEvents(rng: SplitMix64(seed: 7))
    for _ in 0..<40 {
      let bytes = EventCodec.encode(random.payload())
      for cut in stride(from: 0, to: bytes.count, by: 3) {
        #expect(throws: JSONReadError.self) { try fastDecode(Array(bytes[..<cut])) }
      }
    }
  }
}
