extension SyntheticLearner {
  /// The events of the roster row: the registration and each declared category.
  public func events(as id: LearnerID) -> [EventDraft] {
    let stream = StreamName.learner(id)
    let registration = LearnerRegistered(
      school: school, grade: grade, className: className, language: language, district: district,
      region: region.rawValue)
    return [
      EventDraft(stream: stream, effective: registered, event: .learnerRegistered(registration))
    ]
      + categories.map {
        EventDraft(
          stream: stream, effective: registered,
          event: .categoryDeclared(CategoryChange(category: $0)))
      }
  }
}

extension SyntheticRegion {
  /// The events an import of the whole region records, in the order of the import files:
  /// organisations, learners, transitions, term results, demand, applications, mentors,
  /// mentor lists. The log never
  /// names a person: `learnerID` gives each learner (by index) their pseudonymous id.
  /// - Complexity: O(records).
  public func events(learnerID: (Int) -> LearnerID) -> [EventDraft] {
    var events: [EventDraft] = []
    for institution in institutions {
      events.append(
        EventDraft(
          stream: .institution(institution.code), effective: organisationsRegistered,
          event: .institutionRegistered(institution.registration)))
    }
    for enterprise in enterprises {
      events.append(
        EventDraft(
          stream: .enterprise(EnterpriseID(enterprise.bin.value)),
          effective: organisationsRegistered,
          event: .enterpriseRegistered(enterprise.registration)))
    }
    for (index, learner) in learners.enumerated() {
      events += learner.events(as: learnerID(index))
    }
    for transition in transitions {
      let event: DomainEvent =
        switch transition.change {
        case .entered(let entered): .stageEntered(entered)
        case .left(let left): .stageLeft(left)
        }
      events.append(
        EventDraft(
          stream: .learner(learnerID(transition.learner)), effective: transition.date, event: event)
      )
    }
    for term in termResults {
      events.append(
        EventDraft(
          stream: .learner(learnerID(term.learner)), effective: term.date,
          event: .termResult(term.result)))
    }
    for demand in demand {
      events.append(
        EventDraft(
          stream: .enterprise(EnterpriseID(enterprises[demand.enterprise].bin.value)),
          effective: demand.date, event: .demandDeclared(demand.demand)))
    }
    for application in applications {
      events.append(
        EventDraft(
          stream: .learner(learnerID(application.learner)), effective: application.date,
          event: .applicationSubmitted(application.application)))
    }
    for mentor in mentors {
      events.append(
        EventDraft(
          stream: .mentor(mentor.code), effective: mentorsDeclared,
          event: .mentorRegistered(mentor.registration)))
    }
    for preference in mentorPreferences {
      events.append(
        EventDraft(
          stream: .learner(learnerID(preference.learner)), effective: preference.date,
          event: .mentorPreferencesDeclared(preference.list)))
    }
    return events
  }
}
