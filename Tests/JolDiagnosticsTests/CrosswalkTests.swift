import Foundation
import JolDiagnostics
import JolModel
import Testing

/// The crosswalk: the shipped file checks clean and maps every scale; each class of mistake is
/// an error at the marked place (`⟨` before the word at fault, removed before parsing).
@Suite struct CrosswalkTests {
  static let classifier = try! SpecialtyClassifier(
    specialtiesCSV: BuiltInPolicies.text("reference/tvet-specialties.csv")!,
    qualificationsCSV: BuiltInPolicies.text("reference/qualifications.csv")!,
    legacyCSV: BuiltInPolicies.text("reference/legacy-specialty-codes.csv")!)

  static func instruments() throws -> [Instrument] {
    [try ShippedInstruments.fiveTypes, try ShippedInstruments.riasec]
  }

  static func shipped() throws -> Crosswalk {
    let path = "Policies/diagnostics/crosswalk/directions.crosswalk"
    let text = try String(
      contentsOf: ShippedInstruments.root.appendingPathComponent(path), encoding: .utf8)
    return try CrosswalkLoader.load(
      [(path, text)], instruments: try instruments(), classifier: classifier
    ).get()
  }

  @Test func theShippedCrosswalkMapsEveryScaleAndSaysToReviewIt() throws {
    let crosswalk = try Self.shipped()
    for instrument in try Self.instruments() {
      for scale in instrument.scales {
        #expect(!crosswalk.directions(instrument: instrument.id, scale: scale.id).isEmpty)
      }
    }
    #expect(
      crosswalk.directions(instrument: "five-types", scale: "technology").first == .engineering)
    #expect(crosswalk.specialties(of: .engineering).contains(SpecialtyCode(rawValue: "07150500")))
    // A tie shows the directions of every tied scale, each once.
    #expect(
      crosswalk.directions(instrument: "five-types", leading: ["people", "nature"])
        == [.medicineSocial, .services, .agriculture])
    let text = try String(
      contentsOf: ShippedInstruments.root.appendingPathComponent(
        "Policies/diagnostics/crosswalk/directions.crosswalk"), encoding: .utf8)
    #expect(text.contains("methodologists should review"))
  }

  /// The errors of `marked` (one `⟨` per expected error), and where the markers were.
  static func check(_ marked: String) throws -> (errors: [InstrumentError], marks: [(Int, Int)]) {
    var marks: [(Int, Int)] = []
    var clean = ""
    for (number, line) in marked.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var column = 1
      var text = ""
      for character in line {
        if character == "⟨" {
          marks.append((number + 1, column))
        } else {
          text.append(character)
          column += 1
        }
      }
      clean += text + "\n"
    }
    let result = CrosswalkLoader.load(
      [("x.crosswalk", clean)], instruments: try instruments(), classifier: classifier)
    guard case .failure(let failure) = result else { return ([], marks) }
    return (failure.errors, marks)
  }

  @Test(
    "every class of mistake is an error at its line and column",
    arguments: [
      // An unknown instrument, scale, direction and statement.
      "instrument ⟨five-typs\n",
      "instrument five-types\n  scale ⟨natur agriculture\n",
      "instrument riasec-60\n  scale realistic ⟨engeneering\n",
      "⟨mapping five-types\n",
      // An indented line outside a block; a scale without a direction; given twice.
      "  ⟨scale nature agriculture\n",
      "instrument five-types\n  scale ⟨nature\n",
      "direction ict\n  specialty 06130100\ndirection ⟨ict\n",
      // Unknown and malformed classifier codes, and a code under another direction.
      "direction engineering\n  specialty ⟨07150599\n",
      "direction engineering\n  specialty ⟨0715050\n",
      "direction ict\n  specialty ⟨07150500\n",
    ])
  func mistakeIsAnErrorAtItsPlace(_ marked: String) throws {
    let (errors, marks) = try Self.check(marked)
    #expect(marks.count == 1)
    #expect(
      errors.contains { $0.line == marks[0].0 && $0.column == marks[0].1 },
      "\(errors.map(\.description))")
  }

  @Test func aScaleLeftOutIsAnErrorAtItsInstrument() throws {
    let (errors, _) = try Self.check(
      "instrument five-types\n  scale nature agriculture\n  scale art creative\n")
    #expect(errors.count == 1)
    #expect(errors.first?.line == 1 && errors.first?.column == 12)
    #expect(errors.first?.message.en.contains("technology, people, signs") == true)
  }

  @Test func anUnknownCodeNamesTheNearestKnownOne() throws {
    let (errors, _) = try Self.check("direction engineering\n  specialty 07150599\n")
    #expect(errors.first?.description.contains("x.crosswalk:2:13") == true)
    #expect(errors.first?.message.en.contains("07150500") == true, "\(errors)")
  }
}
