import JolFormat
import JolModel

/// `jol reference lookup CODE…`: what a classifier code means — an 8-digit specialty, a
/// qualification (`4S06130103`) or an old 7-digit specialty code (`1304000`) — or why it is not
/// known, with the nearest known code. Exit 0 when all are known, 65 otherwise.
struct ReferenceLookupCommand: Command {
  var name: String { "lookup" }
  var summary: LocalizedText {
    ReferenceText.lookupSummary.text()
  }
  var synopsis: String { "CODE… [--format text|json|csv]" }
  var options: [OptionSpec] { [.format([.text, .json, .csv])] }
  var positionalCount: ClosedRange<Int> { 1...Int.max }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let classifier = try ReferenceData.classifier(context)
    let language = context.language
    var allKnown = true
    var table = DataTable(columns: [
      .init("code", ReferenceText.lookupCodeColumn.text()),
      .init("kind", ReferenceText.kindColumn.text()),
      .init("specialty", ReferenceText.specialtyColumn.text()),
      .init("name", ReferenceText.nameColumn.text()),
      .init("level", ReferenceText.levelColumn.text()),
      .init("reason", ReferenceText.reasonColumn.text()),
    ])
    for code in arguments.positionals {
      let kind: Kind
      let outcome: Result<(Specialty, Qualification?), ClassifierError>
      let digitsOnly = code.utf8.allSatisfy { (48...57).contains($0) }
      if digitsOnly && code.utf8.count == 7 {
        kind = .legacy
        outcome = Result { () throws(ClassifierError) in (try classifier.resolve(legacy: code), nil)
        }
      } else if digitsOnly {
        kind = .specialty
        outcome = Result { () throws(ClassifierError) in (try classifier.specialty(code), nil) }
      } else {
        kind = .qualification
        outcome = Result { () throws(ClassifierError) in
          let qualification = try classifier.qualification(code)
          return (try classifier.specialty(qualification.specialty.rawValue), qualification)
        }
      }
      switch outcome {
      case .success(let (specialty, qualification)):
        let level = qualification.map {
          format == .text ? $0.level.title[language] : $0.level.rawValue
        }
        table.rows.append([
          .string(code), .string(format == .text ? kind.title[language] : kind.rawValue),
          .string(specialty.code.rawValue),
          .string((qualification?.name ?? specialty.name)[language]), .optional(level), .null,
        ])
      case .failure(let error):
        allKnown = false
        table.rows.append([
          .string(code), .string(format == .text ? kind.title[language] : kind.rawValue), .null,
          .null, .null, .string(error.reason[language]),
        ])
      }
    }
    context.output(table.rendered(format, language: language))
    return allKnown ? .ok : .dataError
  }
}

extension ReferenceLookupCommand {
  /// What kind of code a text was read as.
  fileprivate enum Kind: String {
    case specialty
    case qualification
    case legacy

    var title: LocalizedText {
      switch self {
      case .specialty: ReferenceText.specialtyColumn.text()
      case .qualification: ReferenceText.qualification.text()
      case .legacy: ReferenceText.legacyCode.text()
      }
    }
  }
}
