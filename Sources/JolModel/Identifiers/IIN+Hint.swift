/// The IIN's date and sex as a hint, and the warnings about it. Since Government Decree No. 853
/// of 26 August 2013 the digits of an IIN are not bound to the person's data, and the Ministry
/// of Justice has said that an IIN whose first six digits differ from the birth date is not an
/// error (both to verify against the texts): so what the digits say is never an error, only a
/// warning a person may want to look at.
extension IIN {
  /// The year, month and day the digits spell (`2001-02-29`, `1988-13-15`), whether or not it
  /// is a calendar day.
  public var writtenDate: String {
    let digits = value.utf8.map { Int($0) - 48 }
    let date = Self.writtenDate(digits)
    return isoDate(date.year, date.month, date.day)
  }

  /// A warning when the digits name no calendar day, nil otherwise. It does not repeat the
  /// digits (``writtenDate`` has them), so it may go into an import's summary.
  public var impossibleDateWarning: LocalizedText? {
    guard birthDateHint == nil else { return nil }
    return IdentifierMessage.impossibleDateHint.text()
  }

  /// A warning when the digits give no usable birth date on `today`: they name no calendar day
  /// (``impossibleDateWarning``), or a day after `today`. Nil when the hint can stand for a
  /// birth date.
  public func unusableDateWarning(today: CivilDate) -> LocalizedText? {
    if let warning = impossibleDateWarning { return warning }
    guard let hint = birthDateHint, hint > today else { return nil }
    return IdentifierMessage.futureDateHint.text()
  }

  /// A warning when a recorded birth date differs from the date the digits suggest; nil when
  /// they agree or the digits name no day (``impossibleDateWarning`` says that). Neither date
  /// is repeated: a summary names the row and column.
  public func birthDateMismatch(_ recorded: CivilDate) -> LocalizedText? {
    guard let hint = birthDateHint, hint != recorded else { return nil }
    return IdentifierMessage.birthDateMismatch.text()
  }
}
