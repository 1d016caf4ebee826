// JolLog: the flat-file append-only log. Knows bytes and records, nothing about learners.
