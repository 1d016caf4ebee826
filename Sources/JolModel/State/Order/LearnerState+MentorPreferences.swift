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
    declarations = declarations.withoutRepeats()
    let lists = declarations.map { event -> MentorPreferencesDeclared in
      guard case .mentorPreferencesDeclared(let list) = event.event else { preconditionFailure() }
      return list
    }
    // The held list was the last declared; `list` is, if dated on or after every other one.
    let final = latest.map { date >= $0 } ?? true ? list : lists[0]
    let finalDate = max(latest ?? date, date)
    let others = declarations.indices.filter { lists[$0] != final }.map {
      declarations[$0].effective
    }
    let from: CivilDate
    if others.contains(finalDate) {
      from = finalDate
    } else {
      let after = others.max()
      from = declarations.indices.filter { offset in
        lists[offset] == final && after.map { declarations[offset].effective >= $0 } ?? true
      }.map { declarations[$0].effective }.min()!
    }
    let record = declarations.indices.first {
      lists[$0] == final && declarations[$0].effective == from
    }!
    // Kept by date, then by content: which of them was recorded first never matters again (a
    // later declaration of their date would be recorded after all of them).
    let rest = declarations.indices.filter { $0 != record }.map {
      (declarations[$0], declarations[$0].json)
    }
    for (event, _) in rest.sorted(by: { ($0.0.effective, $0.1) < ($1.0.effective, $1.1) }) {
      kept.keep(event.event, on: event.effective)
    }
    insertPreference(MentorPreferenceRecord(list: final, declared: from))
  }

  /// Inserts a list in order of its date, then programme.
  private mutating func insertPreference(_ record: MentorPreferenceRecord) {
    var index = mentorPreferences.count
    while index > 0
      && (mentorPreferences[index - 1].declared > record.declared
        || (mentorPreferences[index - 1].declared == record.declared
          && record.list.programme.utf8.lexicographicallyPrecedes(
            mentorPreferences[index - 1].list.programme.utf8)))
    {
      index -= 1
    }
    mentorPreferences.insert(record, at: index)
  }
}
