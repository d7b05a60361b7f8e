import type { ViewerCommand, ViewerTool } from '../../viewer/index.js';

/** A key with its modifiers; `ctrl` also matches the Command key on a Mac keyboard. */
export interface KeyCombo {
  readonly key: string;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

export type AppAction =
  | 'undo'
  | 'redo'
  | 'nextSeries'
  | 'previousSeries'
  | 'help'
  | 'review'
  | 'images'
  | 'openInputs'
  | 'savePlan'
  | 'loadPlan'
  | 'panelMasks'
  | 'panelSize'
  | 'panelHeader'
  | 'findAttribute';

export type ShortcutCommand =
  | { readonly type: 'tool'; readonly tool: ViewerTool }
  | { readonly type: 'viewer'; readonly command: ViewerCommand }
  /** The modality's window presets in order; the digit pressed says which. */
  | { readonly type: 'voiPreset' }
  | { readonly type: 'app'; readonly action: AppAction };

export type ShortcutGroup = 'tools' | 'navigation' | 'view' | 'masks' | 'workflow';

/**
 * One shortcut: its label is `app.shortcut.<id>`. `inFields` lets it work while typing into a field (only
 * combinations with Ctrl, which type nothing); `viewer` ones need an image on display.
 */
export interface Shortcut {
  readonly id: string;
  readonly group: ShortcutGroup;
  readonly keys: readonly KeyCombo[];
  readonly command: ShortcutCommand;
  readonly inFields?: boolean;
}

const tool = (id: string, key: string, t: ViewerTool, group: ShortcutGroup = 'tools'): Shortcut => ({
  id,
  group,
  keys: [{ key }],
  command: { type: 'tool', tool: t },
});
const viewer = (id: string, group: ShortcutGroup, keys: readonly KeyCombo[], command: ViewerCommand): Shortcut => ({
  id,
  group,
  keys,
  command: { type: 'viewer', command },
});
const app = (id: string, group: ShortcutGroup, keys: readonly KeyCombo[], action: AppAction, inFields = false): Shortcut => ({
  id,
  group,
  keys,
  command: { type: 'app', action },
  ...(inFields ? { inFields } : {}),
});

/**
 * Every keyboard shortcut of the app, as data: the handler, the tooltips and the help sheet read this table.
 * Arrows and page keys scroll as in PACS viewers; letters pick tools; digits the window presets. Keys that
 * need AltGr on Finnish and Swedish keyboards ([ ] { }) are avoided.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  tool('windowLevel', 'w', 'windowLevel'),
  tool('pan', 'h', 'pan'),
  tool('zoom', 'z', 'zoom'),
  tool('scroll', 's', 'scroll'),
  tool('select', 'v', 'select', 'masks'),
  tool('rectangle', 'r', 'rectangle', 'masks'),
  tool('ellipse', 'e', 'ellipse', 'masks'),
  tool('polygon', 'g', 'polygon', 'masks'),
  tool('freehand', 'd', 'freehand', 'masks'),
  tool('crop', 'c', 'crop', 'masks'),
  viewer('previousImage', 'navigation', [{ key: 'ArrowUp' }, { key: 'ArrowLeft' }], { type: 'scroll', delta: -1 }),
  viewer('nextImage', 'navigation', [{ key: 'ArrowDown' }, { key: 'ArrowRight' }], { type: 'scroll', delta: 1 }),
  viewer('back10', 'navigation', [{ key: 'PageUp' }], { type: 'scroll', delta: -10 }),
  viewer('forward10', 'navigation', [{ key: 'PageDown' }], { type: 'scroll', delta: 10 }),
  viewer('firstImage', 'navigation', [{ key: 'Home' }], { type: 'scrollTo', position: 'first' }),
  viewer('lastImage', 'navigation', [{ key: 'End' }], { type: 'scrollTo', position: 'last' }),
  app('nextSeries', 'navigation', [{ key: 'n' }], 'nextSeries'),
  app('previousSeries', 'navigation', [{ key: 'n', shift: true }], 'previousSeries'),
  viewer('cine', 'navigation', [{ key: ' ' }], { type: 'toggleCine' }),
  {
    id: 'voiPreset',
    group: 'view',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((key) => ({ key })),
    command: { type: 'voiPreset' },
  },
  viewer('resetVoi', 'view', [{ key: '0' }], { type: 'resetVoi' }),
  viewer('brighter', 'view', [{ key: 'ArrowUp', shift: true }], { type: 'adjustVoi', centerStep: -0.02 }),
  viewer('darker', 'view', [{ key: 'ArrowDown', shift: true }], { type: 'adjustVoi', centerStep: 0.02 }),
  viewer('widerWindow', 'view', [{ key: 'ArrowRight', shift: true }], { type: 'adjustVoi', widthStep: 0.04 }),
  viewer('narrowerWindow', 'view', [{ key: 'ArrowLeft', shift: true }], { type: 'adjustVoi', widthStep: -0.04 }),
  viewer('invert', 'view', [{ key: 'i' }], { type: 'toggleInvert' }),
  viewer('zoomIn', 'view', [{ key: '+' }], { type: 'zoom', factor: 1.25 }),
  viewer('zoomOut', 'view', [{ key: '-' }], { type: 'zoom', factor: 0.8 }),
  viewer('fit', 'view', [{ key: 'f' }], { type: 'fit' }),
  viewer('overlays', 'view', [{ key: 'o' }], { type: 'toggleOverlays' }),
  viewer('peek', 'masks', [{ key: 'p' }], { type: 'togglePeek' }),
  viewer('deleteMask', 'masks', [{ key: 'Delete' }, { key: 'Backspace' }], { type: 'deleteSelectedMask' }),
  viewer('finishPolygon', 'masks', [{ key: 'Enter' }], { type: 'finishPolygon' }),
  viewer('cancelEdit', 'masks', [{ key: 'Escape' }], { type: 'cancelEdit' }),
  app('undo', 'workflow', [{ key: 'z', ctrl: true }], 'undo'),
  app('redo', 'workflow', [{ key: 'z', ctrl: true, shift: true }, { key: 'y', ctrl: true }], 'redo'),
  app('panelMasks', 'workflow', [{ key: '1', alt: true }], 'panelMasks'),
  app('panelSize', 'workflow', [{ key: '2', alt: true }], 'panelSize'),
  app('panelHeader', 'workflow', [{ key: '3', alt: true }], 'panelHeader'),
  app('findAttribute', 'workflow', [{ key: '/' }], 'findAttribute'),
  app('openInputs', 'workflow', [{ key: 'o', ctrl: true }], 'openInputs', true),
  app('images', 'workflow', [{ key: 'i', ctrl: true }], 'images', true),
  app('review', 'workflow', [{ key: 'e', ctrl: true }], 'review', true),
  app('savePlan', 'workflow', [{ key: 's', ctrl: true }], 'savePlan', true),
  app('loadPlan', 'workflow', [{ key: 'o', ctrl: true, shift: true }], 'loadPlan', true),
  app('help', 'workflow', [{ key: '?' }, { key: 'F1' }], 'help'),
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['tools', 'masks', 'navigation', 'view', 'workflow'];

export const shortcutById = (id: string): Shortcut | undefined => SHORTCUTS.find((s) => s.id === id);
