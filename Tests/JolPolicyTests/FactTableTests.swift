import Foundation
import JolModel
import Testing

@testable import JolPolicy

/// `Policies/README.md`'s fact table is the methodologist's copy of ``FactVocabulary``: the
/// same facts in the same order, each with the type and values the entry gives.
@Suite struct FactTableTests {
  /// The table's rows as (names, type column); a row may name several facts (`region`,
  /// `district`).
  static func rows() throws -> [(names: [String], type: String)] {
    let lines = try ReadmeExamplesTests.readme().split(
      separator: "\n", omittingEmptySubsequences: false)
    let header = try #require(lines.firstIndex { $0.hasPrefix("| fact | type |") })
    return lines[(header + 2)...].prefix { $0.hasPrefix("|") }.map { line in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      let names = cells[0].split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(
          in: CharacterSet(charactersIn: "`"))
      }
      return (names, cells[1])
    }
  }

  /// The type column as the entry says it.
  static func typeText(_ fact: Fact) -> String {
    func range() -> String {
      guard let bounds = fact.bounds else { return "" }
      return " \(bounds.lowerBound)–\(bounds.upperBound)"
    }
    return switch fact.definition.storage {
    case .enumeration: fact.enumerationValues.joined(separator: ", ")
    case .code: "code"
    case .integer: "whole number" + range()
    case .decimal: "number" + range()
    case .percent: "percent" + range()
    case .date: "date"
    case .bool: "yes/no"
    case .set(let set): set.members == .policies ? "set of policy ids" : "set"
    }
  }

  @Test func theTableListsEveryFactInOrderWithItsType() throws {
    let rows = try Self.rows()
    #expect(rows.flatMap(\.names) == Fact.names)
    for row in rows {
      for name in row.names {
        let fact = try #require(Fact(rawValue: name), "README names an unknown fact '\(name)'")
        #expect(row.type == Self.typeText(fact), "README's type of \(name)")
      }
    }
  }
}
