import type { MaskShape } from '../../../main/api/contract.js';
import type { Translator } from '../i18n/createTranslator.js';

/** A shape's kind and extent in source pixels, for the mask list. */
export function describeShape({ t, number }: Pick<Translator, 't' | 'number'>, shape: MaskShape): string {
  switch (shape.type) {
    case 'rectangle':
      return t('app.masks.shape.rectangle', { width: number(shape.width), height: number(shape.height), x: number(shape.x), y: number(shape.y) });
    case 'ellipse':
      return t('app.masks.shape.ellipse', { width: number(shape.rx * 2), height: number(shape.ry * 2), x: number(shape.cx), y: number(shape.cy) });
    case 'polygon':
      return t('app.masks.shape.polygon', { n: shape.points.length });
  }
}
