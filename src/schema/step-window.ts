/** One step of the job as a time window the energy integrator sums over (epoch ms, endMs ≥ startMs). */
export interface StepWindow {
  number: number;
  name: string;
  startMs: number;
  endMs: number;
}
