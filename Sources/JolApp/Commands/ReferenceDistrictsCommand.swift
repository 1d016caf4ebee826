import JolFormat
import JolModel

/// `jol reference districts [--region R]`: the district-level KATO units the KATO table lists
/// (`Policies/reference/kato.csv`) — city administrations and districts — with their names, by
/// region. A region the table does not cover is said on stderr: its district codes are checked
/// by structure only.
struct ReferenceDistrictsCommand: Command {
  var name: String { "districts" }
  var summary: LocalizedText { ReferenceText.districtsSummary.text() }
  var synopsis: String { "[--region CODE|NAME] [--format text|json|csv]" }
  var options: [OptionSpec] {
    [
      .format([.text, .json, .csv]),
      OptionSpec(
        "region", value: "CODE|NAME",
        help: ReferenceText.regionOption.text()),
    ]
  }
  var positionalCount: ClosedRange<Int> { 0...0 }

  func run(_ arguments: ParsedArguments, _ context: Context) throws -> ExitCode {
    let format = try arguments.format([.text, .json, .csv])
    let kato = try ReferenceData.kato(context)
    var regions = Region.all
    if let text = arguments.value("region") {
      guard let region = ImportValues.region(text) else {
        throw CommandError.usage(ImportMessages.unknownRegion(text))
      }
      regions = [region]
    }
    let language = context.language
    var table = DataTable(columns: [
      .init("kato", ReferenceText.katoColumn.text()),
      .init("region", ReferenceText.regionColumn.text()),
      .init("kind", ReferenceText.kindColumn.text()),
      .init("name_kk", ReferenceText.nameKKColumn.text()),
      .init("name_ru", ReferenceText.nameRUColumn.text()),
    ])
    for region in regions {
      if !kato.covers(region) && arguments.value("region") != nil {
        context.message(context.text(Self.notCovered(region)))
      }
      for unit in kato.districts(in: region) {
        let kind = unit.code.districtKind ?? .district
        table.rows.append([
          .string(unit.code.rawValue), .string(region.rawValue),
          .string(format == .text ? Self.kindTitle(kind)[language] : kind.rawValue),
          .string(unit.name.kk), .string(unit.name.ru),
        ])
      }
    }
    context.output(table.rendered(format, language: language))
    return .ok
  }

  private static func kindTitle(_ kind: KATOCode.DistrictKind) -> LocalizedText {
    switch kind {
    case .cityOfOblastSignificance: ReferenceText.cityOfOblastSignificance.text()
    case .district: ReferenceText.district.text()
    }
  }

  private static func notCovered(_ region: Region) -> LocalizedText {
    ReferenceText.districtsNotCovered.text(["region": region.name])
  }
}
