// JolMatching: stable assignment of students to mentors with capacities, its independent
// checker, and explanations. Pure: no file system, no clock; randomness only from a given seed.
//
// The pieces, in the order a caller uses them:
//
//   MatchingInstance      students' ranked choices, mentors' capacities and rankings (optional
//                         scores), enterprises' capacities — generic over the three id types
//   instance.problems     what is wrong with it (unknown or repeated ids, negative capacities…)
//   instance.solve(…)     student-proposing deferred acceptance → MatchingResult (assignment,
//                         unmatched, cutoffs, lottery numbers, one explanation per student)
//   MatchingVerifier      validity and every blocking pair of any assignment, the solver's or a
//                         hand-edited one, from the instance alone
//   MatchingInstanceFile  the JSON instance format of `jol match solve`, errors by JSON path
//
// The rule with enterprise capacities, and the stability the verifier checks under it, is
// written once, on `MatchingInstance` (MatchingInstance.swift).
