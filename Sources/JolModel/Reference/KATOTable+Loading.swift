extension KATOTable {
  private enum Columns {
    static let code = CSVColumn("code")
    static let level = CSVColumn("level")
    static let parent = CSVColumn("parent")
    static let nameKK = CSVColumn("name_kk")
    static let nameRU = CSVColumn("name_ru")
    static let validFrom = CSVColumn("valid_from")
    static let validUntil = CSVColumn("valid_until")
    static let successor = CSVColumn("successor")
  }

  /// Reads `kato.csv`.
  /// - Throws: ``CSVError`` naming the line, column and field of the first problem: CSV syntax,
  ///   a missing column or name, a code that is not a KATO code, a level or parent that does not
  ///   match the code's structure, a level-1 row that is not one of the twenty regions, a parent
  ///   (below level 2) or successor that is not in the table, a duplicate code, a bad date.
  /// - Complexity: O(n log n) in the number of rows.
  public init(csv text: String) throws(CSVError) {
    let columns = [
      Columns.code, Columns.level, Columns.parent, Columns.nameKK, Columns.nameRU,
      Columns.validFrom, Columns.validUntil, Columns.successor,
    ]
    let rows = try CSVReader.parse(text, fileName: Self.fileName).bind(columns: columns)
    var units: [KATOUnit] = []
    var lines: [KATOCode: Int] = [:]
    var parents: [(CSVRow, KATOCode)] = []
    var successors: [(CSVRow, KATOCode, KATOCode)] = []
    for row in rows {
      let code = try Self.code(row, Columns.code)
      if let line = lines[code] {
        throw row.error(in: Columns.code, reason: Messages.duplicate(line: line))
      }
      lines[code] = row.line
      let levelText = try row.value(Columns.level)
      guard Int(levelText) == code.level else {
        throw row.error(in: Columns.level, reason: Messages.level(levelText, code))
      }
      let parentText = row.optionalValue(Columns.parent) ?? ""
      guard parentText == (code.parent?.rawValue ?? "") else {
        throw row.error(in: Columns.parent, reason: Messages.parent(parentText, code))
      }
      if code.level == 1 && code.region == nil {
        throw row.error(in: Columns.code, reason: Messages.notARegion(code))
      }
      if code.level >= 3, let parent = code.parent { parents.append((row, parent)) }
      let successor = try row.optionalValue(Columns.successor).map { text throws(CSVError) in
        try Self.code(row, Columns.successor)
      }
      if let successor { successors.append((row, code, successor)) }
      units.append(
        KATOUnit(
          code: code,
          name: LocalizedText(
            kk: try row.value(Columns.nameKK), ru: try row.value(Columns.nameRU),
            en: try row.value(Columns.nameRU)),
          validFrom: try Self.date(row, Columns.validFrom),
          validUntil: try Self.date(row, Columns.validUntil), successor: successor))
    }
    for (row, parent) in parents where lines[parent] == nil {
      throw row.error(in: Columns.parent, reason: Messages.notListed(parent))
    }
    for (row, code, successor) in successors {
      guard lines[successor] != nil else {
        throw row.error(in: Columns.successor, reason: Messages.notListed(successor))
      }
      guard successor.level == code.level, successor != code else {
        throw row.error(in: Columns.successor, reason: Messages.successorLevel(code, successor))
      }
    }
    self.init(units: units)
  }

  private static func code(_ row: CSVRow, _ column: CSVColumn) throws(CSVError) -> KATOCode {
    let text = try row.value(column)
    guard let code = KATOCode(rawValue: text) else {
      throw row.error(in: column, reason: KATOError(.malformed(text)).reason)
    }
    return code
  }

  private static func date(_ row: CSVRow, _ column: CSVColumn) throws(CSVError) -> CivilDate? {
    guard let text = row.optionalValue(column) else { return nil }
    guard let date = CivilDate(text) else {
      throw row.error(in: column, reason: Messages.date(text))
    }
    return date
  }
}

/// Reasons for problems in `kato.csv` itself (``KATOTableMessage``).
private enum Messages {
  static func duplicate(line: Int) -> LocalizedText {
    KATOTableMessage.duplicate.text(["line": String(line)])
  }

  static func level(_ text: String, _ code: KATOCode) -> LocalizedText {
    KATOTableMessage.level.text(["text": text, "level": "\(code.level)", "code": code.rawValue])
  }

  static func parent(_ text: String, _ code: KATOCode) -> LocalizedText {
    KATOTableMessage.parent.text([
      "text": text, "expected": code.parent?.rawValue ?? "", "code": code.rawValue,
    ])
  }

  static func notARegion(_ code: KATOCode) -> LocalizedText {
    KATOTableMessage.notARegion.text(["code": code.rawValue])
  }

  static func notListed(_ code: KATOCode) -> LocalizedText {
    KATOTableMessage.notListed.text(["code": code.rawValue])
  }

  static func successorLevel(_ code: KATOCode, _ successor: KATOCode) -> LocalizedText {
    KATOTableMessage.successorLevel.text(["code": code.rawValue, "successor": successor.rawValue])
  }

  static func date(_ text: String) -> LocalizedText {
    KATOTableMessage.notADate.text(["text": text])
  }
}
