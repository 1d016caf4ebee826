extension CSVError.Problem {
  /// What is wrong and what would be accepted, in each language (``CSVMessage``).
  var reason: LocalizedText {
    switch self {
    case .invalidUTF8(utf16: true): CSVMessage.utf16.text()
    case .invalidUTF8(utf16: false): CSVMessage.notUTF8.text()
    case .unterminatedQuote: CSVMessage.unterminatedQuote.text()
    case .strayQuote: CSVMessage.strayQuote.text()
    case .textAfterClosingQuote: CSVMessage.textAfterClosingQuote.text()
    case .raggedRecord(let expected, let found):
      (found > expected ? CSVMessage.tooManyFields : .tooFewFields).text([
        "found": String(found), "expected": String(expected),
      ])
    case .noHeader: CSVMessage.noHeader.text()
    case .missingColumn(let name, let accepted):
      CSVMessage.missingColumn.text(["name": name, "accepted": accepted.joined(separator: ", ")])
    case .ambiguousColumn(let name, let fields):
      CSVMessage.ambiguousColumn.text([
        "name": name, "fields": fields.map(String.init).joined(separator: ", "),
      ])
    case .missingValue: CSVMessage.missingValue.text()
    case .invalidValue(let reason): reason
    case .forbiddenCharacter(let scalar):
      CSVMessage.forbiddenCharacter.text(["code": TextSafety.codePoint(scalar)])
    case .tooLong(let length, let maximum):
      CSVMessage.tooLong.text(["length": String(length), "maximum": String(maximum)])
    }
  }
}
