import Foundation
import JolFormat
import JolModel

/// `jol reference regions`: the twenty first-level regions with KATO codes and names.
struct ReferenceRegionsCommand: Command {
  var name: String { "regions" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "облыстар мен республикалық маңызы бар қалалар (ҚАТО кодтары)",
      ru: "области и города республиканского значения (коды КАТО)",
      en: "regions and cities of republican significance (KATO codes)")
  }
  var synopsis: String { "[--as-of YYYY-MM-DD] [--format text|json|csv]" }
  var options: [OptionSpec] { [.format([.text, .json, .csv]), .asOf] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let date = try arguments.date("as-of", default: context.console.today)
    let table = DataTable(
      columns: [
        .init("kato", LocalizedText(kk: "ҚАТО", ru: "КАТО", en: "KATO")),
        .init("iso", .same("ISO")),
        .init("name", LocalizedText(kk: "атауы", ru: "название", en: "name")),
        .init("kind", LocalizedText(kk: "түрі", ru: "вид", en: "kind")),
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
    case .oblast: LocalizedText(kk: "облыс", ru: "область", en: "region")
    case .city:
      LocalizedText(kk: "республикалық маңызы бар қала", ru: "город респ. значения", en: "city")
    }
  }
}

/// `jol reference specialties`: the TVET classifier as loaded from `Policies/reference/`.
struct ReferenceSpecialtiesCommand: Command {
  var name: String { "specialties" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "ТжКБ мамандықтарының жіктеуіші (Policies/reference)",
      ru: "классификатор специальностей ТиПО (Policies/reference)",
      en: "the TVET specialty classifier (Policies/reference)")
  }
  var synopsis: String { "[--format text|json|csv]" }
  var options: [OptionSpec] { [.format([.text, .json, .csv])] }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let classifier = try ReferenceData.classifier(context)
    let table = DataTable(
      columns: [
        .init("code", LocalizedText(kk: "коды", ru: "код", en: "code")),
        .init("name", LocalizedText(kk: "атауы", ru: "название", en: "name")),
        .init("direction", LocalizedText(kk: "бағыты", ru: "направление", en: "direction")),
        .init(
          "qualifications",
          LocalizedText(kk: "біліктіліктер", ru: "квалификации", en: "qualifications")),
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
    summary: LocalizedText(
      kk: "анықтамалықтар: өңірлер, аудандар, мамандықтар, кодтар",
      ru: "справочники: регионы, районы, специальности, коды",
      en: "reference data: regions, districts, specialties, codes"),
    children: [
      .command(ReferenceRegionsCommand()), .command(ReferenceDistrictsCommand()),
      .command(ReferenceSpecialtiesCommand()),
      .command(ReferenceLookupCommand()),
    ])
}
