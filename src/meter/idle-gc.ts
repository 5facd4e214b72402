// Imported first by the processes that sleep through a whole job: the CLI (`measure`) and the
// background sampler. V8's memory reducer runs up to three full mark-compact GCs in the seconds
// after start-up to hand back a few MB of heap. In a process that then only wakes once a second,
// those GCs were most of its cost after start-up: 40–90 ms of CPU each on a loaded 2-vCPU VM, about
// 0.15 % of a core over a minute (docs/methodology.md, "Sampler cost"). V8 reads this flag each time
// the old generation grows, so setting it before the other modules run is in time; the heap it
// would have returned is about 3 MB.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-memory-reducer-for-small-heaps');
