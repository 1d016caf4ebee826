// JolReports: aggregates over the derived state, disclosure control and renderers for the
// akimat's pathway reports. Built by a later issue; this target holds no code yet.
