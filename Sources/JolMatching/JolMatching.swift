// JolMatching: stable assignment of students to mentors with capacities, its independent
// checker, and explanations. Built by a later issue; this target holds no code yet.
