// Imported first by the processes that sleep through a whole job: the CLI (`measure`) and the
// background sampler. V8's memory reducer runs up to three full mark-compact GCs in the seconds
// after start-up to hand back a few MB of heap. In the CLI, which then only wakes once a second,
// those GCs were most of its cost after start-up: 40–90 ms each on a loaded 2-vCPU VM, about 0.15 %
// of a core over a minute (README, Benchmarks). The sampler's smaller heap did not trigger them; it
// sets the flag as a guard. V8 reads the flag each time the old generation grows, so setting it
// before the other modules run is in time; the heap it would have returned is about 3 MB.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-memory-reducer-for-small-heaps');
