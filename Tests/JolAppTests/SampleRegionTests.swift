import Foundation
import JolModel
import Testing

@testable import JolApp

/// The sample region at any size gives every learner an IIN of their own.
@Suite struct SampleRegionTests {
  @Test func everyIINIsUniqueBeyondTenThousandLearners() throws {
    let region = SampleRegion.generate(learners: 12_000)
    let roster = try #require(region.files.first { $0.kind == "learners" })
    let iins = roster.text.split(whereSeparator: \.isNewline).dropFirst().map {
      String($0.prefix { $0.isNumber })
    }
    #expect(iins.count >= 12_000)
    #expect(Set(iins).count == iins.count, "repeated IINs")
    #expect(iins.allSatisfy { if case .success = IIN.parse($0) { true } else { false } })
  }
}
