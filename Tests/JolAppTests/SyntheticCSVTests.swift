import Foundation
import JolModel
import Testing

@testable import JolApp

/// The two renderings of the synthetic records agree: importing the spreadsheets
/// ``SyntheticCSV`` writes records the events ``SyntheticRegion/events(learnerID:)`` makes.
@Suite struct SyntheticCSVTests {
  @Test func importingTheSpreadsheetsRecordsTheRegionsEvents() throws {
    var generator = SyntheticGenerator(seed: 31)
    let region = generator.region(learners: 60)
    let directory = try temporaryDirectory()
    let data = directory + "/data"
    let options = ["--data", data, "--policies", repositoryRoot + "/Policies", "--lang", "en"]
    #expect(runJol(["init"] + options, workingDirectory: directory).exitCode == 0)
    for file in SyntheticCSV().files(region) {
      try file.text.write(toFile: directory + "/" + file.name, atomically: true, encoding: .utf8)
      let result = runJol(["import", file.kind, file.name] + options, workingDirectory: directory)
      #expect(result.exitCode == 0, "\(file.name): \(result.stderr)")
    }
    let store = try Store.openForReading(testContext(data: data))
    let vault = try store.loadVault()
    var recorded: [EventDraft] = []
    try store.forEachEvent {
      recorded.append(EventDraft(stream: $0.stream, effective: $0.effective, event: $0.event))
    }
    let expected = region.events { index in
      vault.learnerByIIN[region.learners[index].person.iin.value] ?? LearnerID("missing")
    }
    #expect(expected.count > 200)
    #expect(recorded.count == expected.count)
    let missing = expected.filter { !recorded.contains($0) }
    let extra = recorded.filter { !expected.contains($0) }
    #expect(missing.isEmpty, "not recorded: \(missing.prefix(5))")
    #expect(extra.isEmpty, "not generated: \(extra.prefix(5))")
  }
}
