/** One component's decoded samples before upsampling, with the padding of its last MCUs. */
export interface ComponentPlane {
  readonly samples: Uint16Array;
  /** Samples per row of `samples` (a whole number of blocks or MCUs). */
  readonly stride: number;
  /** The component's own size (T.81 A.1.1: ⌈X × H / Hmax⌉ by ⌈Y × V / Vmax⌉), which edge handling uses. */
  readonly width: number;
  readonly height: number;
  /** How many output pixels each sample covers horizontally and vertically (Hmax / H, Vmax / V). */
  readonly hFactor: number;
  readonly vFactor: number;
}
