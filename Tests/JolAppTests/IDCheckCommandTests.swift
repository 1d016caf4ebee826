import Foundation
import Testing

@Suite struct IDCheckCommandTests {
  @Test func validValuesExitZeroWithWhatTheyEncode() throws {
    let result = runJol(["id", "check", "880515300120", "940140000385", "--format", "json"])
    #expect(result.exitCode == 0)
    let objects = try jsonLines(result.stdout)
    #expect(objects.count == 2)
    #expect(objects[0]["value"] as? String == "880515300120")
    #expect(objects[0]["valid"] as? Bool == true)
    #expect(objects[0]["kind"] as? String == "iin")
    #expect(objects[0]["reason"] is NSNull)
    #expect(objects[0]["birth_date"] as? String == "1988-05-15")
    #expect(objects[0]["sex"] as? String == "male")
    #expect(objects[0]["warning"] is NSNull)
    #expect(objects[1]["kind"] as? String == "bin")
    #expect(objects[1]["registered"] as? String == "1994-01")
  }

  @Test func anInvalidValueExits65AndSaysWhy() throws {
    let result = runJol([
      "id", "check", "070514500011", "080315600017", "--format", "json", "--lang", "en",
    ])
    #expect(result.exitCode == 65)
    let objects = try jsonLines(result.stdout)
    #expect(objects[0]["valid"] as? Bool == true)
    #expect(objects[1]["valid"] as? Bool == false)
    #expect(objects[1]["kind"] as? String == "iin")
    #expect((objects[1]["reason"] as? String)?.contains("check digit should be 6") == true)
    #expect(objects[1]["birth_date"] is NSNull)
  }

  @Test func anImpossibleDateWithTheRightCheckDigitIsValidWithAWarning() throws {
    // 2001-02-29 does not exist; the check digit of 01022950001x is right.
    let result = runJol(["id", "check", "010229500016", "--format", "json", "--lang", "en"])
    #expect(result.exitCode == 0)
    let objects = try jsonLines(result.stdout)
    #expect(objects[0]["valid"] as? Bool == true)
    #expect(objects[0]["birth_date"] is NSNull)
    #expect(objects[0]["sex"] as? String == "male")
    let warning = try #require(objects[0]["warning"] as? String)
    #expect(warning.hasPrefix("2001-02-29: the date in the IIN's digits does not exist"))
    #expect(warning.contains("Decree No. 853 of 26 August 2013"))
    // The check digit stays strict.
    #expect(runJol(["id", "check", "010229500017"]).exitCode == 65)
  }

  /// Digits that name a day still to come (2099-01-01) are no usable birth date: a warning.
  @Test func aDateToComeInTheDigitsIsAWarning() throws {
    let result = runJol(["id", "check", "990101500006", "--format", "json", "--lang", "en"])
    #expect(result.exitCode == 0)
    let objects = try jsonLines(result.stdout)
    #expect(objects[0]["valid"] as? Bool == true)
    #expect(objects[0]["birth_date"] as? String == "2099-01-01")
    let warning = try #require(objects[0]["warning"] as? String)
    #expect(warning.hasPrefix("2099-01-01: the date in the IIN's digits is in the future"))
  }

  @Test func unrecognizedShapeHasNoKind() throws {
    let objects = try jsonLines(runJol(["id", "check", "12345", "--format", "json"]).stdout)
    #expect(objects[0]["kind"] is NSNull)
    #expect(objects[0]["valid"] as? Bool == false)
  }

  @Test func csvHasAHeaderAndOneRecordPerValue() {
    let result = runJol(["id", "check", "880515300120", "--format", "csv"])
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "value,valid,kind,reason,birth_date,sex,registered,entity,warning")
    #expect(lines.count == 2)
  }

  @Test func textIsForPeopleInTheirLanguage() {
    let result = runJol(["id", "check", "880515300120", "--lang", "ru"])
    #expect(result.stdout.contains("ИИН"))
    #expect(result.stdout.contains("мужской"))
  }

  @Test func noValueIsAUsageError() {
    #expect(runJol(["id", "check"]).exitCode == 64)
  }
}

/// Parses JSON Lines output into objects.
func jsonLines(_ text: String) throws -> [[String: Any]] {
  try text.split(separator: "\n").map { line in
    try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }
}
