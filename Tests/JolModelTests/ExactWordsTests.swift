import JolModel
import Testing

/// Words found by their bytes (``ExactWords``): facts-file keys and values, event type names.
struct ExactWordsTests {
  @Test func everyWordIsFoundAndNoOther() {
    let words = ["stage", "id", "gpa", "a", "age", "grade", "ab", "stage", "lowest_grade"]
    func lookUp(_ table: ExactWords, _ text: String) -> Int? {
      Array(text.utf8).withUnsafeBytes { table.index(of: $0) }
    }
    let table = ExactWords(words)
    for word in words {
      #expect(lookUp(table, word) == words.firstIndex(of: word), "\(word)")
    }
    for other in ["", "x", "stag", "stages", "ID", "gpb", "b", "lowest_gradf", "агe"] {
      #expect(lookUp(table, other) == nil, "\(other)")
    }
    #expect(lookUp(ExactWords(["", "x"]), "") == 0)
    #expect(lookUp(ExactWords([]), "x") == nil)
  }
}
