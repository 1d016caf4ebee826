import JolModel

/// Why an answer as written cannot be read, and where in the text it is: `offset` counts
/// Unicode scalars from the start of the text (the CSV field), so the caller can name the
/// column.
public struct AnswerProblem: Error, Hashable, Sendable {
  /// Unicode scalars from the start of the text to the problem.
  public let offset: Int
  /// What was wrong and what would be accepted.
  public let reason: LocalizedText

  public init(offset: Int, reason: LocalizedText) {
    self.offset = offset
    self.reason = reason
  }
}
