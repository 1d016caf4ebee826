import JolModel
import Testing

@testable import JolApp

/// Every import kind follows the template documented on ``ImportKind``: columns, a typed row, a
/// pure planner, the kind. A problem the planner finds is reported at one of the file's columns.
@Suite struct ImportKindTemplateTests {
  /// Whether each field of the kind's planner is reported at a column the kind reads.
  static func fieldsAreColumns<Kind: ImportKind>(_: Kind.Type) -> Bool {
    let names = Set(Kind.columns.map(\.name))
    return Kind.Planner.Field.allCases.allSatisfy { names.contains(Kind.column($0).name) }
  }

  @Test func everyPlannerFieldIsAColumnOfItsKind() {
    #expect(Self.fieldsAreColumns(LearnerImport.self))
    #expect(Self.fieldsAreColumns(StageImport.self))
    #expect(Self.fieldsAreColumns(GradeImport.self))
    #expect(Self.fieldsAreColumns(InstitutionImport.self))
    #expect(Self.fieldsAreColumns(DemandImport.self))
    #expect(Self.fieldsAreColumns(ApplicationImport.self))
  }
}
