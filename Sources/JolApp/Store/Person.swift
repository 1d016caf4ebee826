import JolModel

/// A learner's personal data, as only the vault holds it: never in the log, reports or derived
/// files. The birth date is the one a register exported (the roster's `birth_date` column); the
/// IIN's digits are only a hint for when none is recorded (``birthDateOrHint``).
struct Person: Hashable, Sendable {
  var learner: LearnerID
  var iin: IIN
  var surname: String
  var name: String
  var patronymic: String
  var phone: String
  var email: String
  /// The recorded birth date; nil when no import gave one.
  var birthDate: CivilDate? = nil

  /// The recorded birth date, else the date the IIN's digits suggest (nil when they name no
  /// day): what `age` is counted from.
  var birthDateOrHint: CivilDate? { birthDate ?? iin.birthDateHint }

  /// "Surname Name Patronymic", as Kazakh and Russian documents write a full name.
  var fullName: String {
    [surname, name, patronymic].filter { !$0.isEmpty }.joined(separator: " ")
  }
}

/// A consent to process a learner's data: who gave it (the learner or a legal representative),
/// for what purpose, until when, and whether it was withdrawn. The log keeps only the
/// reference; the details stay here.
struct Consent: Hashable, Sendable {
  enum GivenBy: String, Sendable, CaseIterable {
    case learner
    case representative
  }

  /// The reference the log's consent events carry.
  var reference: String
  var learner: LearnerID
  var givenBy: GivenBy
  /// The representative's full name, when a representative consented.
  var representative: String
  var purpose: String
  var givenOn: CivilDate
  var validUntil: CivilDate?
  var withdrawnOn: CivilDate?
}
