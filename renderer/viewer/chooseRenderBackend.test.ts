import { expect, test } from 'vitest';
import { chooseRenderBackend } from './chooseRenderBackend.js';

test('auto uses the GPU only with hardware WebGL; an explicit choice holds while WebGL exists', () => {
  const hardware = { webgl: true, softwareRasterizer: false };
  const software = { webgl: true, softwareRasterizer: true };
  const none = { webgl: false, softwareRasterizer: false };
  expect(chooseRenderBackend('auto', hardware)).toEqual({ backend: 'gpu', reason: 'hardware-webgl' });
  expect(chooseRenderBackend('auto', software)).toEqual({ backend: 'cpu', reason: 'software-rasterizer' });
  expect(chooseRenderBackend('auto', none)).toEqual({ backend: 'cpu', reason: 'no-webgl' });
  expect(chooseRenderBackend('gpu', software)).toEqual({ backend: 'gpu', reason: 'requested' });
  expect(chooseRenderBackend('gpu', none)).toEqual({ backend: 'cpu', reason: 'no-webgl' });
  expect(chooseRenderBackend('cpu', hardware)).toEqual({ backend: 'cpu', reason: 'requested' });
});
