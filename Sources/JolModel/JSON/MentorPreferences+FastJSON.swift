// Fast JSON form of the mentor preferences payload (see LearnerEvents+FastJSON.swift for the
// rules). A choice is an object with exactly one key, `mentor` or `enterprise`.

extension MentorPreferencesDeclared: EventData {
  init(reading r: inout JSONReader) throws {
    var programme: String?
    var choices: [MentorChoice]?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("programme") {
        try r.fresh(programme)
        programme = try r.readNonEmptyString()
      } else if r.keyIs("choices") {
        try r.fresh(choices)
        choices = try r.readArray { try MentorChoice(reading: &$0) }
      } else {
        throw r.unknownField()
      }
    }
    self.init(
      programme: try r.require(programme, "programme"),
      choices: try r.require(choices, "choices"))
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("programme")
    w.string(programme)
    w.key("choices")
    w.array(choices) { w, choice in choice.write(to: &w) }
    w.endObject()
  }
}

extension MentorChoice {
  init(reading r: inout JSONReader) throws {
    var choice: MentorChoice?
    try r.beginObject()
    while try r.nextKey() {
      if r.keyIs("mentor") {
        try r.fresh(choice)
        choice = .mentor(try r.readID())
      } else if r.keyIs("enterprise") {
        try r.fresh(choice)
        choice = .enterprise(try r.readID())
      } else {
        throw r.unknownField()
      }
    }
    self = try r.require(choice, "mentor")
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    switch self {
    case .mentor(let id):
      w.key("mentor")
      w.string(id.rawValue)
    case .enterprise(let id):
      w.key("enterprise")
      w.string(id.rawValue)
    }
    w.endObject()
  }
}
