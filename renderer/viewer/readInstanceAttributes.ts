import { metaData } from '@cornerstonejs/core';
import { Enums as MetadataEnums } from '@cornerstonejs/metadata';

/** The few attributes of an image's instance the viewer uses, from Cornerstone's naturalized metadata. */
export interface InstanceAttributes {
  modality: string | undefined;
  photometricInterpretation: string | undefined;
  /** Frames per second the instance asks for: Recommended Display Frame Rate, Cine Rate, or 1000 / Frame Time. */
  frameRate: number | undefined;
}

type Natural = Record<string, unknown>;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function numberOf(natural: Natural, key: string): number | undefined {
  const value = Number(first(natural[key]));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function stringOf(natural: Natural, key: string): string | undefined {
  const value = first(natural[key]);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readInstanceAttributes(imageId: string): InstanceAttributes {
  const natural = (metaData.get(MetadataEnums.MetadataModules.NATURALIZED, imageId) ?? {}) as Natural;
  const frameTime = numberOf(natural, 'FrameTime');
  return {
    modality: stringOf(natural, 'Modality'),
    photometricInterpretation: stringOf(natural, 'PhotometricInterpretation'),
    frameRate:
      numberOf(natural, 'RecommendedDisplayFrameRate') ?? numberOf(natural, 'CineRate') ?? (frameTime ? 1000 / frameTime : undefined),
  };
}
