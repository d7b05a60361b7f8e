import type { MaskCategory } from './maskTypes.js';

/** How masks are shown: `opaque` as they will be burned (black), `peek` lets the operator see beneath them. */
export interface MaskDisplay {
  opaque: boolean;
  peek: boolean;
}

export const DEFAULT_MASK_DISPLAY: MaskDisplay = { opaque: true, peek: false };

/** Outline colours by category (CSS colours), chosen to stay distinguishable on grey images. */
export const DEFAULT_MASK_COLOURS: Readonly<Record<MaskCategory, string>> = {
  face: '#ff5252',
  tattoo: '#ffab40',
  'burned-in-text': '#40c4ff',
  dental: '#b2ff59',
  iris: '#e040fb',
  fingerprint: '#ffd740',
  palm: '#64ffda',
  'rare-finding': '#ff4081',
  other: '#eeeeee',
};
