/// A unit of the KATO classifier as `Policies/reference/kato.csv` lists it.
public struct KATOUnit: Hashable, Sendable {
  /// Its code.
  public var code: KATOCode
  /// Its name in Kazakh and Russian, as the classifier writes them (English shows the Russian
  /// name: the classifier has none).
  public var name: LocalizedText
  /// The first day the code is valid, when the table knows it (2022-06-08 for the codes of
  /// Abai, Zhetysu and Ulytau regions).
  public var validFrom: CivilDate?
  /// The last day the code was valid; nil while it is.
  public var validUntil: CivilDate?
  /// The code that replaced it (the 2022 recodings: Semey 632810000 → 101010000).
  public var successor: KATOCode?

  /// 1 region, 2 district or city administration, 3 rural district or city, 4 settlement.
  public var level: Int { code.level }
  /// Whether the code is still valid (no end date).
  public var isCurrent: Bool { validUntil == nil }
}

/// The KATO table: the administrative-territorial units Jol names, read from
/// `Policies/reference/kato.csv` (built into `jol`, replaced by a `reference/` folder).
///
/// A region whose own row (level 1) is in the table is **covered**: the table lists every one
/// of its district-level units, and district codes of that region are checked against it. Other
/// regions' codes are checked by structure only (``KATOCode``). Pure: the caller passes the text.
public struct KATOTable: Sendable {
  /// The file name messages use.
  public static let fileName = "kato.csv"

  /// Every unit, by code.
  public let units: [KATOUnit]
  private let index: [KATOCode: Int]

  /// The table of these units (checked by ``init(csv:)`` when read from a file).
  init(units: [KATOUnit]) {
    self.units = units.sorted { $0.code < $1.code }
    self.index = Dictionary(uniqueKeysWithValues: self.units.enumerated().map { ($1.code, $0) })
  }

  /// The table built into Jol (`Policies/reference/kato.csv` as shipped).
  public static let builtIn: KATOTable = {
    do {
      return try KATOTable(csv: BuiltInPolicies.text("reference/" + fileName) ?? "")
    } catch {
      preconditionFailure("the built-in \(fileName) is checked by its tests: \(error)")
    }
  }()

  /// The unit with this code, or nil.
  public subscript(code: KATOCode) -> KATOUnit? { index[code].map { units[$0] } }

  /// The name of the unit a code text names, or nil when the table does not list it: what
  /// reports show for a district (`395400000` → «Костанайский район» / «Қостанай ауданы»).
  public func name(of code: String) -> LocalizedText? {
    KATOCode(rawValue: code).flatMap { self[$0]?.name }
  }

  /// Whether the table lists every district-level unit of a region (its own row is present).
  public func covers(_ region: Region) -> Bool {
    KATOCode(rawValue: region.rawValue + "0000000").map { self[$0] != nil } ?? false
  }

  /// The current district-level units of a region, by code; empty when the table does not
  /// cover it.
  public func districts(in region: Region) -> [KATOUnit] {
    units.filter { $0.level == 2 && $0.isCurrent && $0.code.regionCode == region.rawValue }
  }

  /// The current code for a code that was replaced, following successors (`632810000` →
  /// `101010000`); the code itself otherwise.
  public func current(_ code: KATOCode) -> KATOCode {
    guard self[code]?.successor != nil else { return code }  // almost every code: at once
    var code = code
    var seen: Set<KATOCode> = []
    while let next = self[code]?.successor, seen.insert(code).inserted { code = next }
    return code
  }
}
