/// Mentor preference lists, whatever order their declarations arrive in. A programme's list is
/// the one declared last (latest date; on one date, recorded last). Its date is the first day
/// from which that same list was declared with no other list declared after it — a re-import of
/// the same list keeps its first date — where another list declared on the same day as it counts
/// as declared before it. Every other declaration is kept aside (``LearnerState/kept``): a
/// declaration dated earlier may arrive later and change the date.
extension LearnerState {
  /// Folds in a programme's list declared on `date`.
  /// - Complexity: O(programmes) for a list dated on or after the programme's others;
  ///   O(declarations) otherwise.
  mutating func declare(_ list: MentorPreferencesDeclared, on date: CivilDate) {
    let index = mentorPreferences.firstIndex { $0.list.programme == list.programme }
    guard let index else {
      if kept.keeps(.mentorPreferences, list.programme) {
        derivePreferences(adding: list, on: date, replacing: nil)
      } else {
        insertPreference(MentorPreferenceRecord(list: list, declared: date))
      }
      return
    }
    let held = mentorPreferences[index]
    guard !kept.keeps(.mentorPreferences, list.programme), held.declared <= date else {
      derivePreferences(adding: list, on: date, replacing: index)
      return
    }
    if held.list == list {
      // The same list again on its date changes nothing; on a later date it is kept.
      if held.declared < date { kept.keep(.mentorPreferencesDeclared(list), on: date) }
    } else {
      mentorPreferences.remove(at: index)
      kept.keep(.mentorPreferencesDeclared(held.list), on: held.declared)
      insertPreference(MentorPreferenceRecord(list: list, declared: date))
    }
  }

  /// The programme's list again from every declaration of it: the held list, the kept ones and
  /// `list` (recorded after all of them).
  private mutating func derivePreferences(
    adding list: MentorPreferencesDeclared, on date: CivilDate, replacing index: Int?
  ) {
    var declarations: [KeptEvent] = []
    if let index {
      let held = mentorPreferences.remove(at: index)
      declarations.append(
        KeptEvent(effective: held.declared, event: .mentorPreferencesDeclared(held.list)))
    }
    declarations += kept.take(.mentorPreferences, list.programme)
    let latest = declarations.map(\.effective).max()
    declarations.append(KeptEvent(effective: date, event: .mentorPreferencesDeclared(list)))
    let dated = declarations.withoutRepeats().map { event in
      guard case .mentorPreferencesDeclared(let list) = event.event else {
        preconditionFailure("a kept declaration of mentor preferences: \(event.event)")
      }
      return (date: event.effective, list: list)
    }
    // The list held is the one declared last: `list` when dated on or after every other one,
    // else the one held until now (listed first).
    let isLast = latest.map { date >= $0 } ?? true
    let final = isLast ? list : dated[0].list
    let finalDate = isLast ? date : latest ?? date
    // Its date: the first day from which only it was declared — the day of the last other list
    // when that list and it share the day, else the first declaration of it after that day.
    let lastOther = dated.filter { $0.list != final }.map(\.date).max()
    let from =
      dated.filter { declaration in
        declaration.list == final && lastOther.map { declaration.date >= $0 } ?? true
      }.map(\.date).min() ?? finalDate
    // Kept by date, then by content: which of them was recorded first never matters again (a
    // later declaration of their date would be recorded after all of them).
    var rest = dated
    if let record = rest.firstIndex(where: { $0.list == final && $0.date == from }) {
      rest.remove(at: record)
    }
    rest.sort { a, b in
      a.date != b.date
        ? a.date < b.date
        : a.list.choices.lexicographicallyPrecedes(b.list.choices, by: MentorChoice.precedes)
    }
    for declaration in rest {
      kept.keep(.mentorPreferencesDeclared(declaration.list), on: declaration.date)
    }
    insertPreference(MentorPreferenceRecord(list: final, declared: from))
  }

  /// Inserts a list in order of its date, then programme.
  private mutating func insertPreference(_ record: MentorPreferenceRecord) {
    mentorPreferences.insertInOrder(record) {
      $0.declared > record.declared
        || ($0.declared == record.declared
          && record.list.programme.utf8.lexicographicallyPrecedes($0.list.programme.utf8))
    }
  }
}

extension MentorChoice {
  /// A total order on choices (mentors before enterprises, then by id), to list kept lists the
  /// same way whatever order they arrived in.
  fileprivate static func precedes(_ a: Self, _ b: Self) -> Bool {
    switch (a, b) {
    case (.mentor(let x), .mentor(let y)): x.rawValue < y.rawValue
    case (.enterprise(let x), .enterprise(let y)): x.rawValue < y.rawValue
    case (.mentor, .enterprise): true
    case (.enterprise, .mentor): false
    }
  }
}
