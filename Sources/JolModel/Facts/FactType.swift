/// The type of a fact: what values it takes and what a policy may compare it with.
public enum FactType: String, CaseIterable, Sendable, Hashable {
  /// One of a closed set of words (`stage`: school, college, …).
  case enumeration
  /// A classifier or register code, kept as text (`06130100`, `3W07130101`).
  case code
  /// A whole number (`lowest_grade` 2–5, `age`).
  case integer
  /// A decimal number (`gpa` 3.45).
  case decimal
  /// A percent (`attendance` 92.5%); written with `%` in policies.
  case percent
  /// A calendar date `YYYY-MM-DD`.
  case date
  /// yes / no.
  case bool
  /// A set of words (`categories`, `awards`).
  case set
}
