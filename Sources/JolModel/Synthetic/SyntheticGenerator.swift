/// The one source of synthetic data: typed records of a fictional region — people with unique,
/// valid IINs, learners whose birth dates fit their grade, institutions, enterprises with valid
/// BINs, paths through the stages, term results, applications, employers' demand.
///
/// Pure and deterministic: a seed in, records out; no clock, no file system. The same seed and
/// the same calls give the same records on every machine. Each record kind has its own
/// sub-generator — ``person(born:sex:language:)``, ``learner(grade:registered:)``,
/// ``collegePlacement(language:)``, ``termResult(term:at:subjects:strength:)``,
/// ``graduateDestination(specialty:year:enterprises:)``, ``enterprises()``,
/// ``demand(of:year:on:)`` — so a test or a benchmark takes only what it needs, and
/// ``region(learners:)`` composes them into the sample region `jol demo` imports. Records become
/// events with ``SyntheticRegion/events(learnerID:)``, and spreadsheets through `JolApp`'s
/// import columns (`SyntheticCSV`). New record kinds (mentors, diagnostic answers) are new
/// sub-generators beside these.
public struct SyntheticGenerator: Sendable {
  /// The organisations learners are generated around.
  public let catalogue: SyntheticCatalogue
  /// The seeded generator every draw comes from.
  public var random: SplitMix64
  var identities = IINAllocator()
  /// Pupils placed so far, by school, school year, grade and language: their class letters.
  var classSeats: [Int: Int] = [:]
  /// Running totals of the districts' weights (``SyntheticCatalogue/profiles``); empty when the
  /// catalogue gives none.
  let districtWeights: [Int]
  /// The schools of each district of ``SyntheticCatalogue/profiles``, by index.
  let schoolsOfDistrict: [[Int]]

  /// A generator of records around `catalogue`, drawing from `seed`.
  public init(seed: UInt64, catalogue: SyntheticCatalogue = .kostanay) {
    self.catalogue = catalogue
    random = SplitMix64(seed: seed)
    districtWeights = catalogue.profiles.reduce(into: []) { $0.append(($0.last ?? 0) + $1.weight) }
    let position = Dictionary(
      uniqueKeysWithValues: catalogue.profiles.enumerated().map { ($1.code, $0) })
    var schools = [[Int]](repeating: [], count: catalogue.profiles.count)
    for (index, school) in catalogue.schools.enumerated() {
      if let district = position[school.registration.district] { schools[district].append(index) }
    }
    schoolsOfDistrict = schools
  }

  /// A number in `0..<bound`.
  public mutating func below(_ bound: Int) -> Int { random.below(bound) }

  /// True `percent` times in a hundred.
  public mutating func chance(_ percent: Int) -> Bool { random.chance(percent) }

  /// One element of a non-empty array.
  public mutating func pick<Element>(_ elements: [Element]) -> Element { random.pick(elements) }
}
