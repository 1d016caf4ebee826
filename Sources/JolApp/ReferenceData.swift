import Foundation
import JolModel

/// Loads the reference data that lives as files in `Policies/reference/`.
enum ReferenceData {
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
}

/// Reads a whole file; a missing one is exit 66, other failures 74.
func readBytes(_ path: String) throws -> [UInt8] {
  guard FileManager.default.fileExists(atPath: path) else {
    throw CommandError(
      LocalizedText(
        kk: "\(path) файлы табылмады", ru: "файл \(path) не найден", en: "file \(path) not found"),
      exitCode: .noInput)
  }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw CommandError(
      LocalizedText(
        kk: "\(path) файлын оқу мүмкін болмады", ru: "не удалось прочитать файл \(path)",
        en: "could not read file \(path)"),
      exitCode: .ioError)
  }
  return [UInt8](data)
}

/// Reads a whole UTF-8 text file; a missing file is exit 66, other failures 74.
func readText(_ path: String) throws -> String {
  String(decoding: try readBytes(path), as: UTF8.self)
}
