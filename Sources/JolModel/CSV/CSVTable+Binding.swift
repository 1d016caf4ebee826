extension CSVTable {
  /// Matches `columns` to this table's header and returns the records as rows addressed by
  /// column.
  /// - Throws: ``CSVError`` at the header line for a required column that no header field
  ///   matches (listing the names that would), or for a column that several fields match.
  ///   Header fields no column asks for are allowed (see ``unmatchedColumnNames(for:)``).
  /// - Complexity: O(header × columns × aliases + records).
  public func bind(columns: [CSVColumn]) throws(CSVError) -> [CSVRow] {
    var indices: [String: Int] = [:]
    for column in columns {
      let matching = header.fields.indices.filter { column.matches(header.fields[$0]) }
      if matching.count > 1 {
        throw CSVError(
          file: fileName, position: header.positions[matching[1]], field: matching[1] + 1,
          fieldName: header.fields[matching[1]],
          problem: .ambiguousColumn(name: column.name, fields: matching.map { $0 + 1 }))
      }
      if let index = matching.first {
        indices[column.name] = index
      } else if column.isRequired {
        throw CSVError(
          file: fileName, position: header.positions[0],
          problem: .missingColumn(name: column.name, accepted: column.acceptedNames))
      }
    }
    let binding = CSVRow.Binding(fileName: fileName, header: header.fields, indices: indices)
    return records.map { CSVRow(record: $0, binding: binding) }
  }

  /// Header names that none of `columns` matches: columns a file has but an import ignores, for
  /// a warning.
  public func unmatchedColumnNames(for columns: [CSVColumn]) -> [String] {
    header.fields.filter { name in
      !name.isEmpty && !columns.contains { $0.matches(name) }
    }
  }
}

/// A record of a bound table: values by column, and errors that point at the value's field.
public struct CSVRow: Sendable {
  /// Column names → field indices, shared by every row of one table.
  final class Binding: Sendable {
    let fileName: String
    let header: [String]
    /// The bound columns in field order, for every row.
    let inFieldOrder: [(column: String, field: Int)]

    init(fileName: String, header: [String], indices: [String: Int]) {
      self.fileName = fileName
      self.header = header
      self.inFieldOrder = indices.map { ($0.key, $0.value) }.sorted { $0.field < $1.field }
    }

    /// The field of the column with this name, nil when the file lacks it. A look along the
    /// table's few columns, not a hash of the name: every value read asks, and the name is
    /// mostly the very string the columns were bound with, which compares at once.
    func field(of column: String) -> Int? {
      for bound in inFieldOrder where bound.column == column { return bound.field }
      return nil
    }
  }

  /// The record as read.
  public let record: CSVRecord
  let binding: Binding

  /// The physical line on which the record starts.
  public var line: Int { record.line }

  /// The value of `column` as written, or nil when the file has no such (optional) column.
  public subscript(column: CSVColumn) -> String? {
    binding.field(of: column.name).map { record.fields[$0] }
  }

  /// The value of `column` with surrounding white space removed.
  /// - Throws: ``CSVError/Problem/missingValue`` when it is empty or the column is absent.
  public func value(_ column: CSVColumn) throws(CSVError) -> String {
    let value = (self[column] ?? "").trimmingWhitespace()
    if value.isEmpty { throw error(in: column, .missingValue) }
    return value
  }

  /// The trimmed value of `column`, or nil when absent or empty.
  public func optionalValue(_ column: CSVColumn) -> String? {
    let value = self[column]?.trimmingWhitespace()
    return value?.isEmpty == false ? value : nil
  }

  /// Where the field of `column` starts; the record's start when the file lacks the column.
  public func position(of column: CSVColumn) -> CSVPosition {
    binding.field(of: column.name).map { record.positions[$0] } ?? record.positions[0]
  }

  /// An error about the value of `column`, placed at its field: for values that are present
  /// but not acceptable (an invalid IIN, an unknown specialty code).
  public func error(in column: CSVColumn, reason: LocalizedText) -> CSVError {
    error(in: column, .invalidValue(reason: reason))
  }

  private func error(in column: CSVColumn, _ problem: CSVError.Problem) -> CSVError {
    guard let index = binding.field(of: column.name) else {
      return CSVError(
        file: binding.fileName, position: record.positions[0], fieldName: column.name,
        problem: problem)
    }
    return error(atField: index, problem)
  }

  /// An error placed at the field with the 0-based `index`, named by its header.
  func error(atField index: Int, _ problem: CSVError.Problem) -> CSVError {
    CSVError(
      file: binding.fileName, position: record.positions[index], field: index + 1,
      fieldName: binding.header[index], problem: problem)
  }
}
