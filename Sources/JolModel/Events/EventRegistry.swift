/// Every event type this version of Jol reads and writes: one row each, which drives the fast
/// decoder, the `Codable` decoder, the check that an event is on a stream of its kind, and the
/// tests that every type has a sample, round-trips through both codecs and matches its golden
/// file.
///
/// **Adding an event type** (`learner.mentor_met`, payload `MentorMet`):
/// 1. the payload struct, `Codable`, with its fast codec (`extension MentorMet: EventData` with
///    `init(reading:)` and `write(to:)`, in `JSON/…+FastJSON.swift`);
/// 2. the name, `EventType.mentorMet`, and the case, `DomainEvent.mentorMet(MentorMet)`;
/// 3. its row here, `static let mentorMet = EventDefinition(.mentorMet, .learner,
///    DomainEvent.mentorMet)`, listed last in ``rows``;
/// 4. the case in ``DomainEvent/open(_:)`` and in every fold — the compiler lists the switches
///    that miss it (none has a `default:`);
/// 5. a sample in `EventsSamples` (its golden file is written with `JOL_UPDATE_GOLDEN=1`) and a
///    generator in `RandomEvents`: the registry tests fail until both exist.
///
/// **Adding a schema version** (say `learner.stage_entered` 2): the payload struct becomes
/// version 2; the version 1 `data` object gets a `Decodable` struct conforming to
/// ``OlderEventData`` whose `upgraded` is the version 2 payload (see `TermResult+Upgrade.swift`),
/// and the fast reader reads version 1 too (a `schemaVersion` parameter, as `TermResult` has).
/// The row then says `schemaVersion: 2, upgrades: [SchemaUpgrade(from: 1, StageEnteredV1.self,
/// readFast: { try StageEntered(reading: &$0, schemaVersion: 1) })]`, and a version 1 golden
/// file `learner.stage_entered.v1.json` is added: the registry tests read it with both codecs.
/// Events already in the log are never rewritten.
public enum EventRegistry {
  static let learnerRegistered = EventDefinition(
    .learnerRegistered, .learner, DomainEvent.learnerRegistered)
  static let categoryDeclared = EventDefinition(
    .categoryDeclared, .learner, DomainEvent.categoryDeclared)
  static let categoryEnded = EventDefinition(.categoryEnded, .learner, DomainEvent.categoryEnded)
  static let consentRecorded = EventDefinition(
    .consentRecorded, .learner, DomainEvent.consentRecorded)
  static let consentWithdrawn = EventDefinition(
    .consentWithdrawn, .learner, DomainEvent.consentWithdrawn)
  static let diagnosticCompleted = EventDefinition(
    .diagnosticCompleted, .learner, DomainEvent.diagnosticCompleted, schemaVersion: 2,
    upgrades: [
      SchemaUpgrade(
        from: 1, DiagnosticCompletedV1.self,
        readFast: { try DiagnosticCompleted(reading: &$0, schemaVersion: 1) })
    ])
  static let stageEntered = EventDefinition(
    .stageEntered, .learner, DomainEvent.stageEntered, schemaVersion: 2,
    upgrades: [
      SchemaUpgrade(
        from: 1, StageEnteredV1.self,
        readFast: { try StageEntered(reading: &$0, schemaVersion: 1) })
    ])
  static let stageLeft = EventDefinition(.stageLeft, .learner, DomainEvent.stageLeft)
  static let termResult = EventDefinition(
    .termResult, .learner, DomainEvent.termResult, schemaVersion: 2,
    upgrades: [
      SchemaUpgrade(
        from: 1, TermResultV1.self, readFast: { try TermResult(reading: &$0, schemaVersion: 1) })
    ])
  static let mentorshipAssigned = EventDefinition(
    .mentorshipAssigned, .learner, DomainEvent.mentorshipAssigned)
  static let mentorshipEnded = EventDefinition(
    .mentorshipEnded, .learner, DomainEvent.mentorshipEnded)
  static let awardGranted = EventDefinition(.awardGranted, .learner, DomainEvent.awardGranted)
  static let awardRevoked = EventDefinition(.awardRevoked, .learner, DomainEvent.awardRevoked)
  static let awardPaid = EventDefinition(.awardPaid, .learner, DomainEvent.awardPaid)
  static let learnerErased = EventDefinition(.learnerErased, .learner, DomainEvent.learnerErased)
  static let applicationSubmitted = EventDefinition(
    .applicationSubmitted, .learner, DomainEvent.applicationSubmitted)
  static let institutionRegistered = EventDefinition(
    .institutionRegistered, .institution, DomainEvent.institutionRegistered)
  static let institutionCapacityChanged = EventDefinition(
    .institutionCapacityChanged, .institution, DomainEvent.institutionCapacityChanged)
  static let enterpriseRegistered = EventDefinition(
    .enterpriseRegistered, .enterprise, DomainEvent.enterpriseRegistered, schemaVersion: 2,
    upgrades: [
      SchemaUpgrade(
        from: 1, EnterpriseRegisteredV1.self,
        readFast: { try EnterpriseRegistered(reading: &$0, schemaVersion: 1) })
    ])
  static let enterpriseCapacityChanged = EventDefinition(
    .enterpriseCapacityChanged, .enterprise, DomainEvent.enterpriseCapacityChanged,
    schemaVersion: 2,
    upgrades: [
      SchemaUpgrade(
        from: 1, EnterpriseCapacityChangedV1.self,
        readFast: { try EnterpriseCapacityChanged(reading: &$0, schemaVersion: 1) })
    ])
  static let demandDeclared = EventDefinition(
    .demandDeclared, .enterprise, DomainEvent.demandDeclared)
  static let mentorRegistered = EventDefinition(
    .mentorRegistered, .mentor, DomainEvent.mentorRegistered)
  static let mentorCapacityChanged = EventDefinition(
    .mentorCapacityChanged, .mentor, DomainEvent.mentorCapacityChanged)
  static let policyPublished = EventDefinition(
    .policyPublished, .policy, DomainEvent.policyPublished)
  static let roundRun = EventDefinition(.roundRun, .round, DomainEvent.roundRun)
  static let roundPublished = EventDefinition(.roundPublished, .round, DomainEvent.roundPublished)
  static let matchingRun = EventDefinition(.matchingRun, .matching, DomainEvent.matchingRun)
  static let matchingPublished = EventDefinition(
    .matchingPublished, .matching, DomainEvent.matchingPublished)
  static let mentorPreferencesDeclared = EventDefinition(
    .mentorPreferencesDeclared, .learner, DomainEvent.mentorPreferencesDeclared)

  /// Every row. A row's position is the index the fast decoder dispatches on; the order has no
  /// meaning in the log (events name their type).
  public static let rows: [EventRow] = [
    EventRow(learnerRegistered), EventRow(categoryDeclared), EventRow(categoryEnded),
    EventRow(consentRecorded), EventRow(consentWithdrawn), EventRow(diagnosticCompleted),
    EventRow(stageEntered), EventRow(stageLeft), EventRow(termResult),
    EventRow(mentorshipAssigned), EventRow(mentorshipEnded), EventRow(awardGranted),
    EventRow(awardRevoked), EventRow(awardPaid), EventRow(learnerErased),
    EventRow(applicationSubmitted), EventRow(institutionRegistered),
    EventRow(institutionCapacityChanged), EventRow(enterpriseRegistered),
    EventRow(enterpriseCapacityChanged), EventRow(demandDeclared), EventRow(mentorRegistered),
    EventRow(mentorCapacityChanged), EventRow(policyPublished), EventRow(roundRun),
    EventRow(roundPublished), EventRow(matchingRun), EventRow(matchingPublished),
    EventRow(mentorPreferencesDeclared),
  ]

  /// The row of a type name; nil for a type this version of Jol does not know.
  /// - Complexity: O(1) (a hash of the name: for the `Codable` path and tools, not replay).
  public static func row(_ type: EventType) -> EventRow? {
    rowIndexByType[type].map { rows[$0] }
  }
}

/// The index in ``EventRegistry/rows`` of each type name.
/// (A name listed twice keeps its first row; a test fails on it.)
private let rowIndexByType: [EventType: Int] = Dictionary(
  EventRegistry.rows.indices.map { (EventRegistry.rows[$0].type, $0) },
  uniquingKeysWith: { first, _ in first })
