// JolDiagnostics: early career diagnostics at schools — instruments as data (`Policies/diagnostics/`),
// their checker, the one generic scoring engine and validity flags. Pure: texts in, values out;
// no files, no clock.
//
// The public surface, in the order of use:
//
//   InstrumentLoader.load(instrument:texts:)  → Instrument or [InstrumentError] (file:line:column)
//   InstrumentShelf(instruments).find("five-types@1")  → the instrument a reference names
//   instrument.parseAnswers("1a 2b …") / parseAnswer("b", item: 2)  → AnswerSheet, AnswerProblem
//   instrument.completeness(of: sheet)  → a problem when too many answers are missing
//   instrument.score(sheet)  → Profile (scores, bands, leading scales, flags)
//   instrument.code(of: profile)  → "RI=A" for instruments with a code
//   CrosswalkLoader.load(files, instruments:classifier:)  → Crosswalk (scale → directions →
//     specialties) or [InstrumentError]
//   instrument.result(sheet, crosswalk:)  → DiagnosticCompleted, the event a result is stored as
//   Rescoring(stored, under: instrument, crosswalk:)  → the events re-scoring stored answers
//   Guidance(result:instrument:crosswalk:classifier:colleges:district:language:)  → the bands
//     in words and the recommended directions, specialties and colleges, with reasons
//
// Results guide; they never select or exclude anyone (`Profile.guidanceNote`).
