// Worker-thread entry of scripts/derive-power-model.ts: registers tsx so the worker can load
// the TypeScript module, which then runs the cross-validation folds it is handed.
import { register } from 'tsx/esm/api';

register();
await import('./derive-power-model.ts');
