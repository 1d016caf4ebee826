import JolFormat
import JolModel

/// A value of a merge file being read, with its file and JSON path, so that each thing that is
/// not as expected is reported where it is (`A.json: tables[2].rows[0].counts[1]: expected a
/// whole number 0 or more`). An object's keys are checked: none unknown, none missing.
struct MergeFields {
  let file: String
  let path: JSONPath
  let value: JSONValue

  func error(_ expected: MergeMessage, _ values: [String: any MessageValue] = [:])
    -> PathwayMergeError
  {
    PathwayMergeError(
      MergeMessage.badValue.text([
        "file": file, "path": path.description, "expected": expected.text(values),
      ]))
  }

  /// The members of an object that has exactly the keys `required` and perhaps `optional`.
  func object(_ required: [String], optional: [String] = []) throws(PathwayMergeError)
    -> [String: MergeFields]
  {
    guard case .object(let members) = value else { throw error(.expectedObject) }
    var fields: [String: MergeFields] = [:]
    let allowed = required + optional
    for (key, member) in members {
      guard allowed.contains(key) else {
        throw PathwayMergeError(
          MergeMessage.unknownField.text([
            "file": file, "path": path.appending(key: key).description,
            "fields": allowed.joined(separator: ", "),
          ]))
      }
      fields[key] = MergeFields(file: file, path: path.appending(key: key), value: member)
    }
    for key in required where fields[key] == nil {
      throw PathwayMergeError(
        MergeMessage.missingField.text(["file": file, "path": path.description, "field": key]))
    }
    return fields
  }

  /// An error: `key`, read here, was read before in the same list.
  func repeated(_ key: String) -> PathwayMergeError {
    PathwayMergeError(
      MergeMessage.repeatedKey.text(["file": file, "path": path.description, "key": key]))
  }

  func array() throws(PathwayMergeError) -> [MergeFields] {
    guard case .array(let elements) = value else { throw error(.expectedArray) }
    return elements.enumerated().map {
      MergeFields(file: file, path: path.appending(index: $0), value: $1)
    }
  }

  func string() throws(PathwayMergeError) -> String {
    guard case .string(let text) = value else { throw error(.expectedString) }
    return text
  }

  /// A string or null.
  func optionalString() throws(PathwayMergeError) -> String? {
    value == .null ? nil : try string()
  }

  func flag() throws(PathwayMergeError) -> Bool {
    guard case .bool(let flag) = value else { throw error(.expectedFlag) }
    return flag
  }

  /// A whole number from 0.
  func count() throws(PathwayMergeError) -> Int {
    guard case .number(let text) = value, let count = Int(text), count >= 0 else {
      throw error(.expectedCount)
    }
    return count
  }

  func year() throws(PathwayMergeError) -> Int {
    guard case .number(let text) = value, let year = Int(text), (2000...2100).contains(year)
    else { throw error(.expectedYear) }
    return year
  }

  func date() throws(PathwayMergeError) -> CivilDate {
    guard case .string(let text) = value, let date = CivilDate(text) else {
      throw error(.expectedDate)
    }
    return date
  }

  /// Tenge, as the file writes them: a JSON number with at most two decimals.
  func amount() throws(PathwayMergeError) -> Money {
    guard case .number(let text) = value, let money = Money(text) else {
      throw error(.expectedAmount)
    }
    return money
  }

  /// A string among `choices`.
  func choice(_ choices: [String]) throws(PathwayMergeError) -> String {
    guard case .string(let text) = value, choices.contains(text) else {
      throw error(.expectedOneOf, ["choices": choices.joined(separator: ", ")])
    }
    return text
  }
}
