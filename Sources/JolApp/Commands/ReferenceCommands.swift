import Foundation
import JolFormat
import JolModel

/// `jol reference regions`: the twenty first-level regions with KATO codes and names.
struct ReferenceRegionsCommand: Command {
  var name: String { "regions" }
  var summary: LocalizedText {
    ReferenceText.regionsSummary.text()
  }
  var synopsis: String { "[--as-of YYYY-MM-DD] [--format text|json|csv]" }
  var options: [OptionSpec] { [.format([.text, .json, .csv]), .asOf] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let date = try arguments.date("as-of", default: context.console.today)
    let table = DataTable(
      columns: [
        .init("kato", ReferenceText.katoColumn.text()),
        .init("iso", .same("ISO")),
        .init("name", ReferenceText.nameColumn.text()),
        .init("kind", ReferenceText.kindColumn.text()),
      ],
      rows: Region.all(on: date).map { region in
        [
          .string(region.rawValue), .string(region.iso), .string(region.name[context.language]),
          .string(
            format == .text ? Self.kindTitle(region.kind)[context.language] : region.kind.rawValue),
        ]
      })
    context.output(table.rendered(format, language: context.language))
    return .ok
  }

  private static func kindTitle(_ kind: Region.Kind) -> LocalizedText {
    switch kind {
    case .oblast: ReferenceText.oblast.text()
    case .city:
      ReferenceText.city.text()
    }
  }
}

/// `jol reference specialties`: the TVET classifier as loaded from `Policies/reference/`.
struct ReferenceSpecialtiesCommand: Command {
  var name: String { "specialties" }
  var summary: LocalizedText {
    ReferenceText.specialtiesSummary.text()
  }
  var synopsis: String { "[--format text|json|csv]" }
  var options: [OptionSpec] { [.format([.text, .json, .csv])] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let classifier = try ReferenceData.classifier(context)
    let table = DataTable(
      columns: [
        .init("code", ReferenceText.codeColumn.text()),
        .init("name", ReferenceText.nameColumn.text()),
        .init("direction", ReferenceText.directionColumn.text()),
        .init(
          "qualifications",
          ReferenceText.qualificationsColumn.text()),
      ],
      rows: classifier.specialties.map { specialty in
        [
          .string(specialty.code.rawValue), .string(specialty.name[context.language]),
          .string(
            format == .text
              ? specialty.direction.title[context.language] : specialty.direction.rawValue),
          .array(classifier.qualifications(of: specialty.code).map { .string($0.code.rawValue) }),
        ]
      })
    context.output(table.rendered(format, language: context.language))
    return .ok
  }
}

/// `jol reference …`: the facts Jol encodes.
enum ReferenceCommands {
  static let group = CommandGroup(
    name: "reference",
    summary: ReferenceText.referenceGroup.text(),
    children: [
      .command(ReferenceRegionsCommand()), .command(ReferenceDistrictsCommand()),
      .command(ReferenceSpecialtiesCommand()),
      .command(ReferenceLookupCommand()),
    ])
}
