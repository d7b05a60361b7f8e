import { useCallback, useMemo, useReducer } from 'react';
import type { Plan } from '../../../main/api/contract.js';
import type { CommandLabel, PlanCommand } from './planCommand.js';
import { execute, redo, startHistory, undo, type PlanHistory } from './planHistory.js';

type Action = { type: 'execute'; command: PlanCommand } | { type: 'undo' } | { type: 'redo' };

function reduce(history: PlanHistory, action: Action): PlanHistory {
  switch (action.type) {
    case 'execute':
      return execute(history, action.command);
    case 'undo':
      return undo(history);
    case 'redo':
      return redo(history);
  }
}

export interface PlanState {
  readonly plan: Plan;
  execute(command: PlanCommand): void;
  undo(): void;
  redo(): void;
  /** What undo and redo would do, for their tooltips; undefined when there is nothing. */
  readonly undoLabel: CommandLabel | undefined;
  readonly redoLabel: CommandLabel | undefined;
}

/** The plan with its command history (undo/redo over every edit the operator made). */
export function usePlanHistory(initial: Plan): PlanState {
  const [history, dispatch] = useReducer(reduce, initial, startHistory);
  const run = useCallback((command: PlanCommand) => dispatch({ type: 'execute', command }), []);
  const back = useCallback(() => dispatch({ type: 'undo' }), []);
  const forward = useCallback(() => dispatch({ type: 'redo' }), []);
  return useMemo(
    () => ({
      plan: history.plan,
      execute: run,
      undo: back,
      redo: forward,
      undoLabel: history.past.at(-1)?.label,
      redoLabel: history.future[0]?.label,
    }),
    [history, run, back, forward],
  );
}
