// gate, the post step's last verb: each budget's verdict as an annotation, and the step failed only for a budget the
// user set with fail-on-budget (the default).
import * as core from './log';
import type { GateResult } from '../schema/report';
import { gateMessages } from './gate';

export function gate(result: GateResult): void {
  for (const m of gateMessages(result)) {
    if (m.level === 'error') core.error(m.message);
    else if (m.level === 'warning') core.warning(m.message);
    else core.notice(m.message);
  }
  if (result.exceeded && result.mode === 'fail') {
    const exceeded = result.budgets.filter((b) => b.status === 'exceeded').map((b) => b.kind);
    core.setFailed(`carbon-action: budget exceeded (${exceeded.join(', ')}).`);
  }
}
