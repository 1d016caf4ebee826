import JolModel

/// Reads the values of one CSV row for an import, collecting every problem instead of stopping
/// at the first: a file's errors are all listed at once, each at its field.
///
/// Every value an import reads comes through here, so text safety is checked here once for
/// every kind and column: a value with a control character or a bidirectional override, or
/// longer than ``TextSafety/maximumFieldLength``, is an error at its field (naming the code
/// point, never the character) and is then read as absent — no other message repeats it, and
/// it can never reach the vault or the log.
struct RowReader {
  let row: CSVRow
  private(set) var errors: [CSVError] = []
  /// How an old word was read (not errors: the row is imported), for the summary.
  private(set) var notices: [LocalizedText] = []
  /// What a person may want to look at but does not stop the import (an IIN whose digits name
  /// no day, a birth date that differs from them), listed in the summary.
  private(set) var warnings: [CSVError] = []
  /// Canonical names of the columns whose values may not be kept.
  private let unsafeColumns: Set<String>

  init(_ row: CSVRow) {
    self.row = row
    let unsafe = row.unsafeText()
    errors = unsafe.map(\.error)
    unsafeColumns = Set(unsafe.map(\.column))
  }

  /// Records a problem with the value of `column`.
  mutating func fail(_ column: CSVColumn, _ reason: LocalizedText) {
    errors.append(row.error(in: column, reason: reason))
  }

  /// Records problems placed by the caller (inside a field: an answer of an answer sheet).
  mutating func fail(_ problems: [CSVError]) {
    errors += problems
  }

  /// Whether a value of the row may not be kept (its error is already recorded).
  var hasUnsafeText: Bool { !unsafeColumns.isEmpty }

  /// Records how a value written in an old way was read (`дуальная` as a form of study, an old
  /// district code).
  mutating func note(_ notice: LocalizedText) {
    notices.append(notice)
  }

  /// Records a warning about the value of `column`.
  mutating func warn(_ column: CSVColumn, _ reason: LocalizedText) {
    warnings.append(row.error(in: column, reason: reason))
  }

  /// The trimmed value; an error when empty or absent. Nil without another error when the value
  /// may not be kept (its error is already recorded).
  mutating func required(_ column: CSVColumn) -> String? {
    if unsafeColumns.contains(column.name) { return nil }
    do {
      return try row.value(column)
    } catch {
      errors.append(error)
      return nil
    }
  }

  /// The trimmed value, or nil when empty, absent or not to be kept.
  func optional(_ column: CSVColumn) -> String? {
    unsafeColumns.contains(column.name) ? nil : row.optionalValue(column)
  }

  /// A word of a closed set; an error when empty or not a known word.
  mutating func word<Value>(_ column: CSVColumn, _ table: WordTable<Value>) -> Value? {
    guard let text = required(column) else { return nil }
    return parsed(column, text, table.value(text), table.rejection(text))
  }

  /// A word of a closed set, or nil when empty; an error when not a known word.
  mutating func optionalWord<Value>(_ column: CSVColumn, _ table: WordTable<Value>) -> Value? {
    guard let text = optional(column) else { return nil }
    return parsed(column, text, table.value(text), table.rejection(text))
  }

  /// A date `YYYY-MM-DD` or `DD.MM.YYYY`; `fallback` when empty (an error when there is none).
  mutating func date(_ column: CSVColumn, default fallback: CivilDate? = nil) -> CivilDate? {
    guard let text = optional(column) else {
      if fallback == nil { _ = required(column) }
      return fallback
    }
    return parsed(column, text, ImportValues.date(text), ImportMessages.notADate(text))
  }

  /// A whole number in `range`.
  mutating func integer(_ column: CSVColumn, in range: ClosedRange<Int>) -> Int? {
    guard let text = required(column) else { return nil }
    guard let value = ImportValues.integer(text), range.contains(value) else {
      fail(column, ImportMessages.notANumber(text, range))
      return nil
    }
    return value
  }

  /// A decimal (point or comma) in `range`.
  mutating func decimal(_ column: CSVColumn, in range: ClosedRange<FixedDecimal>) -> FixedDecimal? {
    guard let text = required(column) else { return nil }
    guard let value = ImportValues.decimal(text), range.contains(value) else {
      fail(column, ImportMessages.notADecimal(text, range))
      return nil
    }
    return value
  }

  /// A valid IIN. The message names the number masked (``IIN/masked(_:)``), as every message
  /// naming an IIN does.
  mutating func iin(_ column: CSVColumn) -> IIN? {
    guard let text = required(column) else { return nil }
    switch IIN.parse(text) {
    case .success(let iin): return iin
    case .failure(let error):
      fail(column, error.message)
      return nil
    }
  }

  /// A valid BIN.
  mutating func bin(_ column: CSVColumn) -> BIN? {
    guard let text = required(column) else { return nil }
    switch BIN.parse(text) {
    case .success(let bin): return bin
    case .failure(let error):
      fail(column, error.message)
      return nil
    }
  }

  /// A region by code or name.
  mutating func region(_ column: CSVColumn) -> Region? {
    guard let text = required(column) else { return nil }
    return parsed(column, text, ImportValues.region(text), ImportMessages.unknownRegion(text))
  }

  /// A district's KATO code, in `region` when given, checked against the KATO table
  /// (``KATOTable/district(_:in:)``): an old code comes back as the current one, the old kept,
  /// and the summary says so (a notice per old code), so no recoding goes unseen.
  mutating func district(_ column: CSVColumn, in region: Region?, _ kato: KATOTable)
    -> DistrictCode?
  {
    guard let text = required(column) else { return nil }
    switch kato.district(text, in: region) {
    case .success(let district):
      if let notice = ImportMessages.recodedDistrict(district, kato) { note(notice) }
      return district
    case .failure(let error):
      fail(column, error.reason)
      return nil
    }
  }

  private mutating func parsed<Value>(
    _ column: CSVColumn, _ text: String, _ value: Value?, _ reason: @autoclosure () -> LocalizedText
  ) -> Value? {
    if value == nil { fail(column, reason()) }
    return value
  }
}

extension RowReader {
  /// A specialty code as written: eight digits, or an old seven-digit code resolved through the
  /// classifier's table of old codes.
  /// - Returns: the specialty, or the reason (unknown code with the nearest known one).
  static func specialty(_ text: String, _ classifier: SpecialtyClassifier)
    -> Result<SpecialtyCode, ImportMessage>
  {
    do {
      if text.utf8.count == 7 { return .success(try classifier.resolve(legacy: text).code) }
      return .success(try classifier.specialty(text).code)
    } catch {
      return .failure(ImportMessage(error.reason))
    }
  }

  /// The specialty in `column`; nil (with an error) when absent, unknown or malformed.
  mutating func specialty(_ column: CSVColumn, _ classifier: SpecialtyClassifier) -> SpecialtyCode?
  {
    guard let text = required(column) else { return nil }
    switch Self.specialty(text, classifier) {
    case .success(let code): return code
    case .failure(let message):
      fail(column, message.text)
      return nil
    }
  }
}
