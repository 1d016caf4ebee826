import JolModel
import Testing

@testable import JolPolicy

/// `jol policy show`'s outline in each language, pinned by golden files (money and numbers as
/// each language writes them).
struct PolicyOutlineGoldenTests {
  @Test(arguments: [Language.kk, .ru, .en])
  func theSampleOutlineReads(_ language: Language) throws {
    let text = PolicyOutlineRenderer.text(
      compileSample(), asOf: CivilDate("2026-10-01")!, language: language)
    try GoldenFile.expect(text + "\n", equals: "outline.\(language.rawValue).txt")
  }
}
