import type { ProfileOptions } from '../plan/plan.js';
import { PEITTO_VERSION } from '../version.js';

/**
 * De-identification Method (0012,0063) text: who de-identified and how, one value per line of at most 64
 * characters (LO). It names the software and the profile, nothing about the site or the operator.
 */
export function methodDescription(options: ProfileOptions): string[] {
  const values = [`Peitto ${PEITTO_VERSION}`, 'PS3.15 Basic Application Confidentiality Profile'];
  if (options.cleanDescriptors) values.push('Clean Descriptors Option');
  if (options.cleanStructuredContent) values.push('Clean Structured Content Option');
  if (options.cleanGraphics) values.push('Clean Graphics Option');
  if (options.retainSafePrivate) values.push('Retain Safe Private Option');
  if (options.retainDeviceIdentity) values.push('Retain Device Identity Option');
  if (options.retainInstitutionIdentity) values.push('Retain Institution Identity Option');
  values.push('Dates removed, not shifted; overlays and curves removed');
  return values;
}
