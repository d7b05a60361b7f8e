/** The Electron executable, or undefined when its binary was never downloaded (see start.mjs). */
export function electronBinary(): string | undefined;
