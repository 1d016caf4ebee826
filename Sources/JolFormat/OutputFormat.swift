/// Output formats of data commands: aligned text for people, JSON Lines (`json` and `jsonl`:
/// one compact object per line), CSV for spreadsheets.
public enum OutputFormat: String, Sendable, CaseIterable {
  case text
  case json
  case csv
  case jsonl
}
