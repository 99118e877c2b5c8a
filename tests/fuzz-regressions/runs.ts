/**
 * The one place the fuzz budget lives: tests/unit/fuzz-*.test.ts run this many generated inputs per
 * target, and bench/chaos.ts reports `fuzz.cases` from it. Raise it here, never in a test file.
 * A failing case fast-check finds is pinned as a plain test beside its target (seed and path in the
 * test name), so it is replayed on every run even if the generators change.
 */
export const FUZZ_RUNS = 10_000;

/** Every fuzz target, by test file. Protocol messages are one target each (see fuzz-protocol.test.ts). */
export const FUZZ_TARGETS = {
  'fuzz-protocol.test.ts': ['envelope', 'sender', 'every message (one target per protocol message)'],
  'fuzz-parsers.test.ts': ['parseScenario', 'repairSettings', 'parseBackup'],
} as const;
