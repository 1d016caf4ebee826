import Foundation
import JolModel

/// The golden files' directory, found from this source file (no bundle resources needed).
let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures/events")

/// Decodes payload bytes with the fast codec.
func fastDecode(_ bytes: [UInt8]) throws -> EventPayload {
  try EventCodec.decodePayload(bytes[...])
}

/// Decodes payload bytes with Foundation.
func foundationDecode(_ bytes: [UInt8]) throws -> EventPayload {
  try JSONDecoder().decode(EventPayload.self, from: Data(bytes))
}

/// Encodes with Foundation.
func foundationEncode(_ payload: EventPayload) throws -> [UInt8] {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  return Array(try encoder.encode(payload))
}

/// The error the fast decoder throws for a text, if any.
func fastError(_ text: String) -> JSONReadError? {
  do {
    _ = try fastDecode(Array(text.utf8))
    return nil
  } catch let error as JSONReadError {
    return error
  } catch {
    return nil
  }
}
