import Foundation
import JolModel

/// Loads the reference data that lives as files in `Policies/reference/`.
enum ReferenceData {
  /// The policies directory Jol uses when none is given and there is no `./Policies`: the copy
  /// built into the program (``BuiltInPolicies``), read through the same paths as files
  /// (`<built-in>/reference/tvet-specialties.csv`), so an installed `jol` works anywhere.
  static let builtInRoot = "<built-in>"

  /// The TVET classifier from the policies directory; a missing file exits 66, a malformed one 65
  /// naming the file, line and column.
  static func classifier(_ context: Context) throws -> SpecialtyClassifier {
    let directory = context.policiesDirectory + "/reference/"
    let specialties = try readText(directory + SpecialtyClassifier.specialtiesFileName)
    let qualifications = try readText(directory + SpecialtyClassifier.qualificationsFileName)
    let legacy = try readText(directory + SpecialtyClassifier.legacyFileName)
    do {
      return try SpecialtyClassifier(
        specialtiesCSV: specialties, qualificationsCSV: qualifications, legacyCSV: legacy)
    } catch {
      var message = error.message
      let prefix = directory
      message.kk = prefix + message.kk
      message.ru = prefix + message.ru
      message.en = prefix + message.en
      throw CommandError(message, exitCode: .dataError)
    }
  }

  /// The KATO table (`reference/kato.csv`) from the policies directory; a missing file exits 66,
  /// a malformed one 65 naming the file, line and column.
  static func kato(_ context: Context) throws -> KATOTable {
    let directory = context.policiesDirectory + "/reference/"
    let text = try readText(directory + KATOTable.fileName)
    do {
      return try KATOTable(csv: text)
    } catch {
      var message = error.message
      message.kk = directory + message.kk
      message.ru = directory + message.ru
      message.en = directory + message.en
      throw CommandError(message, exitCode: .dataError)
    }
  }
}

/// Reads a whole file (or a file of the built-in policies); a missing one is exit 66, other
/// failures 74.
func readBytes(_ path: String) throws -> [UInt8] {
  if let text = builtInText(path) { return Array(text.utf8) }
  guard FileManager.default.fileExists(atPath: path) else {
    throw CommandError(
      ReferenceText.fileNotFound.text(["path": path]),
      exitCode: .noInput)
  }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw CommandError(
      StoreText.unreadableFile.text(["path": path]),
      exitCode: .ioError)
  }
  return [UInt8](data)
}

/// The text of a built-in file named by its `<built-in>/…` path; nil for any other path.
func builtInText(_ path: String) -> String? {
  let prefix = ReferenceData.builtInRoot + "/"
  guard path.hasPrefix(prefix) else { return nil }
  return BuiltInPolicies.text(String(path.dropFirst(prefix.count)))
}

/// Whether `path` names the built-in policies directory or one of its files or folders.
func isBuiltIn(_ path: String) -> Bool {
  path == ReferenceData.builtInRoot || path.hasPrefix(ReferenceData.builtInRoot + "/")
}

/// Reads a whole UTF-8 text file; a missing file is exit 66, other failures 74.
func readText(_ path: String) throws -> String {
  String(decoding: try readBytes(path), as: UTF8.self)
}
