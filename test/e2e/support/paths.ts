import { join } from 'node:path';
import { PYDICOM_DIR, ROOT } from '../../support/environment.js';

export { ROOT };
/** The built renderer the tests serve (vite.config.ts's output). */
export const RENDERER_DIST = join(ROOT, 'dist/renderer');
export const PYDICOM_TEST_FILES = join(PYDICOM_DIR, 'test_files');
/** Synthetic DICOM files written by writeSyntheticFixtures (git-ignored). */
export const SYNTHETIC_FIXTURES = join(ROOT, 'test/.cache/e2e-fixtures');
/** Screenshots for a person to look at (git-ignored). */
export const ARTIFACTS = join(ROOT, 'test/artifacts');
