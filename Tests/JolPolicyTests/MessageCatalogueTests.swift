import JolModel
import Testing

@testable import JolPolicy

/// Every key of the policy language's catalogues has three non-empty templates with one
/// placeholder set, and renders completely.
@Suite struct PolicyMessageCatalogueTests {
  @Test func syntaxMessagesAreComplete() {
    #expect(MessageCatalogue.problems(SyntaxMessage.self) == [])
  }

  @Test func checkMessagesAreComplete() {
    #expect(MessageCatalogue.problems(CheckMessage.self) == [])
  }

  /// A text about a policy text's own placeholders shows its braces as written.
  @Test func placeholderBracesInAMessageAreShown() {
    let text = CheckMessage.unknownPlaceholder.text(["name": "gpaa"])
    #expect(text.en == "unknown name '{gpaa}' in text: expected a fact or parameter")
  }
}
