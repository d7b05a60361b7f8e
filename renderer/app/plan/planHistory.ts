import type { Plan } from '../../../main/api/contract.js';
import type { CommandLabel, PlanCommand } from './planCommand.js';

export interface HistoryStep {
  readonly label: CommandLabel;
  readonly mergeKey: string | undefined;
  readonly before: Plan;
  readonly after: Plan;
}

/** The plan and the steps that led to it (undo) and away from it (redo). */
export interface PlanHistory {
  readonly plan: Plan;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

/** Enough for a working day's edits; the oldest steps go first. */
export const HISTORY_LIMIT = 500;

export const startHistory = (plan: Plan): PlanHistory => ({ plan, past: [], future: [] });

/** Runs a command: a new step (or merged into the last one), and the redo steps are gone. A no-op changes nothing. */
export function execute(history: PlanHistory, command: PlanCommand): PlanHistory {
  const after = command.apply(history.plan);
  if (after === history.plan) return history;
  const last = history.past.at(-1);
  if (command.mergeKey !== undefined && last?.mergeKey === command.mergeKey && history.future.length === 0) {
    return { plan: after, past: [...history.past.slice(0, -1), { ...last, after }], future: [] };
  }
  const step: HistoryStep = { label: command.label, mergeKey: command.mergeKey, before: history.plan, after };
  return { plan: after, past: [...history.past, step].slice(-HISTORY_LIMIT), future: [] };
}

export function undo(history: PlanHistory): PlanHistory {
  const step = history.past.at(-1);
  if (!step) return history;
  return { plan: step.before, past: history.past.slice(0, -1), future: [step, ...history.future] };
}

export function redo(history: PlanHistory): PlanHistory {
  const step = history.future[0];
  if (!step) return history;
  return { plan: step.after, past: [...history.past, { ...step, mergeKey: undefined }], future: history.future.slice(1) };
}
