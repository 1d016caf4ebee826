extension CSVRow {
  /// The values of this row that Jol may not keep, by canonical column name, in field order:
  /// a value holding a character ``TextSafety`` forbids (a control character such as ESC, BEL,
  /// NUL or a line break, or a bidirectional override), or longer than
  /// ``TextSafety/maximumFieldLength`` characters. Only the columns an import reads are checked;
  /// fields no column asks for are never kept, so they may hold anything.
  ///
  /// Each error names the field and the character by its code point (`U+001B`), never the
  /// character itself: a message must not act on the terminal it is shown on either.
  /// - Complexity: O(length of the bound values).
  public func unsafeText() -> [(column: String, error: CSVError)] {
    var found: [(column: String, error: CSVError)] = []
    for (column, index) in binding.inFieldOrder {
      let value = record.fields[index].trimmingWhitespace()
      if let scalar = TextSafety.forbiddenScalar(in: value) {
        found.append((column, error(atField: index, .forbiddenCharacter(scalar))))
      } else if value.utf8.count > TextSafety.maximumFieldLength,
        value.unicodeScalars.count > TextSafety.maximumFieldLength
      {
        // No more scalars than bytes: most cells are decided without counting.
        let problem = CSVError.Problem.tooLong(
          length: value.unicodeScalars.count, maximum: TextSafety.maximumFieldLength)
        found.append((column, error(atField: index, problem)))
      }
    }
    return found
  }
}
