/// One pupil's answers to an instrument, by item: for item number `n`, `answers[n - 1]` is the
/// index of the chosen option (choice items: 0 for `a`, in the order of the instrument file) or
/// the rating given (rating items), or ``missing``.
///
/// A sheet holds positions into the instrument it was read for (option indices, not ids):
/// store the raw answers as text (``Instrument/answerText(_:)``) to re-score them under another
/// version.
public struct AnswerSheet: Hashable, Sendable {
  /// The value of an unanswered item.
  public static let missing: Int8 = -1

  /// One value per item.
  public var answers: [Int8]

  public init(answers: [Int8]) { self.answers = answers }

  /// A sheet with no answers for an instrument of `items` items.
  public init(items: Int) { answers = [Int8](repeating: Self.missing, count: items) }

  /// How many items are unanswered.
  public var missingCount: Int { answers.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } }
}
