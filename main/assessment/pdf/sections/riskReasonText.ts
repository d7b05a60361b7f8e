import type { Translate } from '../../../i18n/translate.js';
import type { RiskReason } from '../../riskFlags.js';
import type { Formatter } from '../format.js';

/** A reason the engine gave for raising a risk, in words, with its values ("a CT volume of the head, 180 images…"). */
export function riskReasonText(t: Translate, format: Formatter, reason: RiskReason): string {
  switch (reason.key) {
    case 'burned-in-declared':
    case 'secondary-capture':
    case 'marked-rare-finding':
      return t(`risk.reason.${reason.key}`);
    case 'burned-in-modality':
    case 'photographic-modality':
    case 'dental-modality':
    case 'ophthalmic-photograph':
      return t(`risk.reason.${reason.key}`, { modality: reason.modality });
    case 'dental-body-part':
    case 'photographed-hand':
      return t(`risk.reason.${reason.key}`, { bodyPart: reason.bodyPart });
    case 'head-volume':
      // A multi-frame volume may state no slice thickness; the engine then records 0.
      return reason.sliceThickness > 0
        ? t('risk.reason.head-volume', { modality: reason.modality, images: format.integer(reason.images), sliceThickness: format.decimal(reason.sliceThickness, 2) })
        : t('risk.reason.head-volume-multiframe', { modality: reason.modality, images: format.integer(reason.images) });
  }
}

/** The reasons of one checklist line in words, each distinct reason once, in the order the engine gave them. */
export function riskReasonsText(t: Translate, format: Formatter, reasons: readonly RiskReason[]): string[] {
  return [...new Set(reasons.map((r) => riskReasonText(t, format, r)))];
}
