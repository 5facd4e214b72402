import type { StepWindow } from '../schema/step-window';
import type { JobStepInfo } from './jobs';

// Turns the job's steps into time windows the energy integrator can sum over. Pure.
// - Steps that never started (queued, or skipped: GitHub gives them no start, or a
//   start equal to the end) are dropped; they drew no energy of their own.
// - A step still running (this action's post step, typically) ends at nowMs.
// - GitHub's step times are whole seconds from its clock, the runner's clock may differ
//   a little: windows are clamped to end no later than nowMs and never before they start.

export function stepWindows(steps: JobStepInfo[], nowMs: number): StepWindow[] {
  if (!Number.isFinite(nowMs)) throw new Error(`stepWindows: nowMs must be a finite epoch time in ms, got ${nowMs}`);
  const windows: StepWindow[] = [];
  for (const s of steps) {
    if (s.conclusion === 'skipped' || !s.startedAt) continue;
    const startMs = Date.parse(s.startedAt);
    if (Number.isNaN(startMs) || startMs > nowMs) continue;
    const running = s.status !== 'completed' || !s.completedAt;
    const parsedEnd = running ? nowMs : Date.parse(s.completedAt as string);
    if (Number.isNaN(parsedEnd)) continue;
    const endMs = Math.max(startMs, Math.min(parsedEnd, nowMs));
    windows.push({ number: s.number, name: s.name, startMs, endMs });
  }
  return windows.sort((a, b) => a.number - b.number);
}
