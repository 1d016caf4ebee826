import Testing

@testable import JolModel

/// Every event is as large as `DomainEvent`'s largest case and is moved several times while the
/// log is read and folded: a large payload added unboxed would slow every replay. The rare,
/// large ones are `indirect`; this keeps the frequent ones the measure.
struct DomainEventSizeTests {
  @Test func anEventIsNoLargerThanALearnersRegistration() {
    #expect(MemoryLayout<DomainEvent>.size <= MemoryLayout<LearnerRegistered>.size + 1)
    #expect(MemoryLayout<RoundRun>.size > MemoryLayout<LearnerRegistered>.size)
  }
}
