// JolDiagnostics: early career diagnostics at schools — instruments as data, scoring, validity
// flags, and the crosswalk to profile directions and TVET specialties. Built by a later issue;
// this target holds no code yet.
