/// Tags for ``Tagged`` identifiers. Each names a kind of thing Jol keeps apart.
public enum LearnerTag {}
public enum InstitutionTag {}
public enum EnterpriseTag {}
public enum MentorTag {}
public enum PolicyTag {}
public enum EventTag {}
public enum ActorTag {}

/// A learner's random, pseudonymous identifier. The log names learners only by this id; the
/// vault alone maps it to an IIN and personal fields.
public typealias LearnerID = Tagged<LearnerTag, String>
/// A school, college or university: its code in the region (a BIN where it has one).
public typealias InstitutionID = Tagged<InstitutionTag, String>
/// An enterprise: its BIN.
public typealias EnterpriseID = Tagged<EnterpriseTag, String>
/// A mentor at an enterprise.
public typealias MentorID = Tagged<MentorTag, String>
/// A policy in `Policies/` (`akim-named-scholarship`).
public typealias PolicyID = Tagged<PolicyTag, String>
/// A unique event id; appending the same id twice appends once.
public typealias EventID = Tagged<EventTag, String>
/// Who recorded an event: an operator's login, an import (`import:roster.csv`), a command.
public typealias ActorID = Tagged<ActorTag, String>
