import JolFormat
import JolModel

/// `jol reference districts [--region R]`: the district-level KATO units the KATO table lists
/// (`Policies/reference/kato.csv`) — city administrations and districts — with their names, by
/// region. A region the table does not cover is said on stderr: its district codes are checked
/// by structure only.
struct ReferenceDistrictsCommand: Command {
  var name: String { "districts" }
  var summary: LocalizedText {
    LocalizedText(
      kk: "аудандар мен облыстық маңызы бар қалалар (ҚАТО кодтары, атаулары)",
      ru: "районы и города областного значения (коды КАТО, названия)",
      en: "districts and cities of oblast significance (KATO codes, names)")
  }
  var synopsis: String { "[--region CODE|NAME] [--format text|json|csv]" }
  var options: [OptionSpec] {
    [
      .format([.text, .json, .csv]),
      OptionSpec(
        "region", value: "CODE|NAME",
        help: LocalizedText(
          kk: "тек осы облыс (39, KZ-39 немесе атауы)",
          ru: "только эта область (39, KZ-39 или название)",
          en: "only this region (39, KZ-39 or its name)")),
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
      .init("kato", LocalizedText(kk: "ҚАТО", ru: "КАТО", en: "KATO")),
      .init("region", LocalizedText(kk: "облыс", ru: "область", en: "region")),
      .init("kind", LocalizedText(kk: "түрі", ru: "вид", en: "kind")),
      .init("name_kk", LocalizedText(kk: "атауы (қаз)", ru: "название (каз)", en: "name (kk)")),
      .init("name_ru", LocalizedText(kk: "атауы (орыс)", ru: "название (рус)", en: "name (ru)")),
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
    case .cityOfOblastSignificance:
      LocalizedText(kk: "облыстық маңызы бар қала", ru: "город обл. значения", en: "city")
    case .district: LocalizedText(kk: "аудан", ru: "район", en: "district")
    }
  }

  private static func notCovered(_ region: Region) -> LocalizedText {
    LocalizedText(
      kk:
        "\(region.name.kk): ҚАТО кестесінде оның аудандары толық жоқ; аудан кодтары тек құрылымы бойынша тексеріледі",
      ru:
        "«\(region.name.ru)»: таблица КАТО не содержит всех её районов; коды районов проверяются только по структуре",
      en:
        "\(region.name.en): the KATO table does not list its districts; district codes there are checked by structure only"
    )
  }
}
