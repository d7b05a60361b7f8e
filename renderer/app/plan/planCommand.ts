import type { Plan } from '../../../main/api/contract.js';
import type { MessageParams } from '../i18n/createTranslator.js';

/** How the history names a command ("Undo: add mask"): a message key with its parameters. */
export interface CommandLabel {
  readonly key: string;
  readonly params?: MessageParams;
}

/**
 * One edit of the plan, as the operator would name it. `apply` is pure. Consecutive commands with the same
 * `mergeKey` (typing into one field) become one step of the history.
 */
export interface PlanCommand {
  readonly label: CommandLabel;
  readonly mergeKey?: string;
  apply(plan: Plan): Plan;
}
