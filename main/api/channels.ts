import type { Channel, MethodName } from './contract.js';

/**
 * Every channel of the contract, as data: the preload and both hosts reject any other, and the renderer's HTTP
 * client builds its methods from it. A module of plain data with no imports but types, so that the sandboxed
 * renderer may import it too (the lint rules allow this one value import from main/api/).
 */
export const CHANNELS = [
  'app.info',
  'app.setLanguage',
  'dialog.chooseInputs',
  'dialog.chooseOutputFolder',
  'dialog.choosePlanFile',
  'recent.list',
  'index.open',
  'demo.open',
  'job.cancel',
  'object.header',
  'plan.check',
  'plan.save',
  'plan.load',
  'plan.autosave',
  'plan.restore',
  'rules.list',
  'rules.save',
  'assessment.preview',
  'export.start',
  'export.reveal',
] as const satisfies readonly Channel[];

// Fails to compile when a channel is added to the contract and not to the list.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/** "index.open" → "indexOpen": the name of a channel's method on the renderer's API. */
export const methodName = <C extends Channel>(channel: C): MethodName<C> =>
  channel.replace(/\.(\w)/, (_, c: string) => c.toUpperCase()) as MethodName<C>;
