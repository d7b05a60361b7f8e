import type { RiskReason } from '../../../main/api/contract.js';
import type { Translator } from '../i18n/createTranslator.js';

/**
 * A reason the engine gave for raising a risk, in words: the shared `risk.reason.*` messages (the sheet uses
 * them too), or the app's own for reasons those do not have yet.
 */
export function describeReason({ t, has, number }: Pick<Translator, 't' | 'has' | 'number'>, reason: RiskReason): string {
  const message = (key: string, params: Record<string, string | number> = {}): string =>
    has(`risk.reason.${key}`) ? t(`risk.reason.${key}`, params) : t(`app.reason.${key}`, params);
  switch (reason.key) {
    case 'burned-in-declared':
    case 'secondary-capture':
    case 'marked-rare-finding':
      return message(reason.key);
    case 'burned-in-modality':
    case 'photographic-modality':
    case 'dental-modality':
    case 'ophthalmic-photograph':
      return message(reason.key, { modality: reason.modality });
    case 'dental-body-part':
    case 'photographed-hand':
      return message(reason.key, { bodyPart: reason.bodyPart });
    case 'head-volume':
      // A multi-frame volume may state no slice thickness; the engine then records 0.
      return reason.sliceThickness > 0
        ? message('head-volume', { modality: reason.modality, images: number(reason.images), sliceThickness: number(reason.sliceThickness) })
        : message('head-volume-multiframe', { modality: reason.modality, images: number(reason.images) });
  }
}

/** The distinct reasons in words, in the order the engine gave them. */
export const describeReasons = (translator: Pick<Translator, 't' | 'has' | 'number'>, reasons: readonly RiskReason[]): string[] => [
  ...new Set(reasons.map((r) => describeReason(translator, r))),
];
