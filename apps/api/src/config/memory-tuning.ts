import { setFlagsFromString } from 'node:v8';

// How the API's garbage collector is tuned; measured with `npm run bench` (docs/benchmarks.md).
//
// Under steady load V8 let the old generation grow to about four times what is live before it
// collected (its growing factor rises with the time spent outside the collector): the API's
// ~55 MB live set sat in heaps of 250 MB, most of its memory. Growing by half keeps the heap
// near its live size, at the price of more frequent (10-25 ms, mostly incremental) major
// collections. V8 reads this flag at every collection, so main.ts sets it at startup.
export const RUNTIME_V8_FLAGS = ['--heap-growing-percent=50'];

// With 50 requests in flight, a 16 MB semi-space (the default) is scavenged while most of their
// objects are still alive, so they are copied and promoted into the old generation, to die
// there. A larger one lets most of them die young: with 32 MB, about 12 % less API CPU per
// thread page at a fixed rate. 24 MB measured in the same range as 32 MB at saturation (within
// this machine's run-to-run noise) and costs 16 MB less at peak, which the 300 MB budget needs.
// V8 sizes the young generation when the process starts, so this one must be on node's command
// line: package.json's start script, the Dockerfile and the benchmark pass it (a test keeps
// them in step).
export const STARTUP_NODE_FLAGS = ['--max-semi-space-size=24'];

export function applyRuntimeV8Flags(): void {
  for (const flag of RUNTIME_V8_FLAGS) setFlagsFromString(flag);
}
